using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>The <c>indicator_cells</c> table: computed figures, one row per scope, indicator version, breakdown and period.</summary>
public sealed class FigureCellConfiguration : IEntityTypeConfiguration<FigureCell>
{
    public void Configure(EntityTypeBuilder<FigureCell> c)
    {
        c.ToTable("indicator_cells");
        c.HasKey(x => new { x.Scope, x.Code, x.Version, x.Breakdown, x.Period });
        c.Property(x => x.Scope).HasMaxLength(80);
        c.Property(x => x.Code).HasMaxLength(64);
        c.Property(x => x.Breakdown).HasMaxLength(32);
        c.Property(x => x.Period).HasMaxLength(32);
        c.Property(x => x.Rows).HasColumnType("jsonb");
    }
}
