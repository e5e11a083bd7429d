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
        // as closed_week_months: one unique index holding every column, read alone for a window's people
        i.HasNoKey();
        i.HasIndex(x => new { x.BeneficiaryId, x.OrganismeId, x.Month }).IsUnique().IncludeProperties(x => x.Held);
        i.Property(x => x.OrganismeId).HasMaxLength(64);
    }
}
