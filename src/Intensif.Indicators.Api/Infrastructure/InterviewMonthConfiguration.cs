using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>The <c>held_interview_months</c> table: held entretiens counted by person, organisme and month.</summary>
public sealed class InterviewMonthConfiguration : IEntityTypeConfiguration<InterviewMonth>
{
    public void Configure(EntityTypeBuilder<InterviewMonth> i)
    {
        i.ToTable("held_interview_months");
        i.HasKey(x => new { x.BeneficiaryId, x.OrganismeId, x.Month });
        i.Property(x => x.OrganismeId).HasMaxLength(64);
    }
}
