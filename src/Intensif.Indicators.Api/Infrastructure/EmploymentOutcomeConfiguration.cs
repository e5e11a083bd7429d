using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>The <c>employment_outcomes</c> projection (I4), one row per recorded outcome.</summary>
public sealed class EmploymentOutcomeConfiguration : IEntityTypeConfiguration<EmploymentOutcome>
{
    public void Configure(EntityTypeBuilder<EmploymentOutcome> o)
    {
        o.ToTable("employment_outcomes");
        o.HasKey(x => x.OutcomeId);
        o.Property(x => x.OutcomeId).ValueGeneratedNever();
        o.Property(x => x.OrganismeId).HasMaxLength(64);
        o.Property(x => x.Territory).HasMaxLength(3);
        o.Property(x => x.ContractKind).HasMaxLength(40);
        o.Ignore(x => x.CountsAsEmployment);
        o.HasIndex(x => x.BeneficiaryId);
    }
}
