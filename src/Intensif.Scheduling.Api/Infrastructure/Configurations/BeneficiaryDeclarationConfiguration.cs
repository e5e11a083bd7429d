using Intensif.Scheduling.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Scheduling.Api.Infrastructure.Configurations;

/// <summary>Table <c>beneficiary_declarations</c>: the persons' declarations of autonomous activities and the référent's decision.</summary>
public sealed class BeneficiaryDeclarationConfiguration : IEntityTypeConfiguration<BeneficiaryDeclaration>
{
    public void Configure(EntityTypeBuilder<BeneficiaryDeclaration> e)
    {
        e.ToTable("beneficiary_declarations");
        e.HasIndex(x => new { x.BeneficiaryId, x.CreatedAt });
        e.Property(x => x.OrganismeId).HasMaxLength(64);
        e.Property(x => x.EntryCode).HasMaxLength(40);
        e.Property(x => x.Week).HasMaxLength(8);
        e.Property(x => x.ProofReference).HasMaxLength(300);
        e.Property(x => x.Comment).HasMaxLength(1000);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.DecidedBy).HasMaxLength(128);
        e.Property(x => x.RejectionReason).HasMaxLength(1000);
    }
}
