using Intensif.Contracts.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Contracts.Api.Infrastructure;

/// <summary>Table <c>employment_outcomes</c> (migration EmploymentOutcomes): one row per outcome, read per contract and per episode.</summary>
public sealed class EmploymentOutcomeConfiguration : IEntityTypeConfiguration<EmploymentOutcome>
{
    public void Configure(EntityTypeBuilder<EmploymentOutcome> o)
    {
        o.ToTable("employment_outcomes");
        o.HasIndex(x => x.ContractId);
        o.HasIndex(x => new { x.EpisodeId, x.Source });
        o.Property(x => x.OrganismeId).HasMaxLength(64);
        o.Property(x => x.ContractKind).HasConversion<string>().HasMaxLength(32);
        o.Property(x => x.Source).HasConversion<string>().HasMaxLength(32);
        o.Property(x => x.WeeklyHours).HasPrecision(4, 1);
        o.Property(x => x.EmployerSiret).HasMaxLength(14);
        o.Property(x => x.Rome).HasMaxLength(5);
        o.Property(x => x.RecordedBy).HasMaxLength(128);
        o.Ignore(x => x.Durable);
    }
}
