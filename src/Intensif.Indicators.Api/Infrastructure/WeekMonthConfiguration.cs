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
        // one unique index holding every column: a window's months of a few thousand episodes are read from the index
        // alone (the rows of one episode are side by side there, scattered in the table), and it is the upserts' conflict target
        w.HasNoKey();
        w.HasIndex(x => new { x.EpisodeId, x.Month }).IsUnique()
            .IncludeProperties(x => new { x.Weeks, x.WeeksReachingTarget, x.RealisedHours, x.AccompaniedHours });
        w.Property(x => x.RealisedHours).HasPrecision(12, 2);
        w.Property(x => x.AccompaniedHours).HasPrecision(12, 2);
    }
}
