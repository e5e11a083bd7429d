using System.Text.Json;
using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>The dated funders of <c>activity_costs</c> (jsonb); the rest of the table is configured with the DbContext.</summary>
public sealed class ActivityCostFundingConfiguration : IEntityTypeConfiguration<ActivityCost>
{
    public void Configure(EntityTypeBuilder<ActivityCost> c) =>
        c.Property(x => x.FundingHistory).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<List<FundingPeriod>>(v, (JsonSerializerOptions?)null) ?? new List<FundingPeriod>(),
            new ValueComparer<List<FundingPeriod>>(
                (a, b) => JsonSerializer.Serialize(a, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(b, (JsonSerializerOptions?)null),
                v => v.Count, v => v.ToList()));
}
