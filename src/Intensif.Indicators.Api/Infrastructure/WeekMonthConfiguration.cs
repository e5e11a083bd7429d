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
        w.HasKey(x => new { x.EpisodeId, x.Month });
        w.Property(x => x.RealisedHours).HasPrecision(12, 2);
        w.Property(x => x.AccompaniedHours).HasPrecision(12, 2);
    }
}
