using Intensif.Scheduling.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Scheduling.Api.Infrastructure.Configurations;

/// <summary>Table <c>person_access_links</c>: the personal access links, by the SHA-256 of their token (never the token).</summary>
public sealed class PersonAccessLinkConfiguration : IEntityTypeConfiguration<PersonAccessLink>
{
    public void Configure(EntityTypeBuilder<PersonAccessLink> e)
    {
        e.ToTable("person_access_links");
        e.HasIndex(x => x.TokenHash).IsUnique();
        e.HasIndex(x => x.BeneficiaryId);
        e.Property(x => x.OrganismeId).HasMaxLength(64);
        e.Property(x => x.CreatedBy).HasMaxLength(128);
        e.Property(x => x.TokenHash).HasMaxLength(64);
    }
}
