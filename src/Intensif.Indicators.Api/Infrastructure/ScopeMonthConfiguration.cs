using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>The <c>indicator_scope_months</c> table: a change count per scope and month, raised by every projection change.</summary>
public sealed class ScopeMonthConfiguration : IEntityTypeConfiguration<ScopeMonth>
{
    public void Configure(EntityTypeBuilder<ScopeMonth> m)
    {
        m.ToTable("indicator_scope_months");
        m.HasKey(x => new { x.Scope, x.Month });
        m.Property(x => x.Scope).HasMaxLength(80);
        m.HasIndex(x => x.MarkedAt);
    }
}
