using System.Text.Json;
using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>The <c>partner_conventions</c> projection (costing per convention): one row per structure, its conventions as jsonb.</summary>
public sealed class StructureConventionsConfiguration : IEntityTypeConfiguration<StructureConventions>
{
    public void Configure(EntityTypeBuilder<StructureConventions> c)
    {
        c.ToTable("partner_conventions");
        c.HasKey(x => x.StructureId);
        c.Property(x => x.StructureId).ValueGeneratedNever();
        c.Property(x => x.Conventions).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<List<ConventionTerm>>(v, (JsonSerializerOptions?)null) ?? new List<ConventionTerm>(),
            new ValueComparer<List<ConventionTerm>>(
                (a, b) => JsonSerializer.Serialize(a, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(b, (JsonSerializerOptions?)null),
                v => v.Count, v => v.ToList()));
    }
}
