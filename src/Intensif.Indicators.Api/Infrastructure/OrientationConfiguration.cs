using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>The <c>orientations</c> projection (O3), one row per orientation decision.</summary>
public sealed class OrientationConfiguration : IEntityTypeConfiguration<Orientation>
{
    public void Configure(EntityTypeBuilder<Orientation> o)
    {
        o.ToTable("orientations");
        o.HasKey(x => x.OrientationId);
        o.Property(x => x.OrientationId).ValueGeneratedNever();
        o.Property(x => x.OrganismeId).HasMaxLength(64);
        o.Property(x => x.Territory).HasMaxLength(3);
        o.Property(x => x.Parcours).HasMaxLength(16);
        o.Ignore(x => x.IsRsaOrientation);
        o.Ignore(x => x.RsaDelayDays);
        o.HasIndex(x => new { x.OrganismeId, x.DecisionDate });
        o.HasIndex(x => new { x.Territory, x.DecisionDate });
    }
}
