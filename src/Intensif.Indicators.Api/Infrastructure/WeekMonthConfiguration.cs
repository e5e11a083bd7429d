using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>The <c>closed_week_months</c> table: closed weeks summed by episode and month of their Thursday.</summary>
public sealed class WeekMonthConfiguration : IEntityTypeConfiguration<WeekMonth>
{
    public void Configure(EntityTypeBuilder<WeekMonth> w)
    {
        w.ToTable("closed_week_months");
        w.Property(x => x.OrganismeId).HasMaxLength(64);
        w.Property(x => x.Territory).HasMaxLength(3);
        // the upserts' conflict target; reads go by scope and month, where a window's rows of a territory or an organisme are
        // side by side with every column (one index range, no table read), while by episode they are spread over as many pages
        w.HasNoKey();
        w.HasIndex(x => new { x.EpisodeId, x.Month }).IsUnique();
        w.HasIndex(x => new { x.Territory, x.Month })
            .IncludeProperties(x => new { x.EpisodeId, x.OrganismeId, x.Weeks, x.WeeksReachingTarget, x.RealisedHours, x.AccompaniedHours });
        w.HasIndex(x => new { x.OrganismeId, x.Month })
            .IncludeProperties(x => new { x.EpisodeId, x.Territory, x.Weeks, x.WeeksReachingTarget, x.RealisedHours, x.AccompaniedHours });
    }
}
