using Intensif.Scheduling.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Scheduling.Api.Infrastructure.Configurations;

/// <summary>Table <c>catalogue_entry_families</c>: the R.5411-15 family of each entry code the catalogue's events described.</summary>
public sealed class CatalogueEntryFamilyConfiguration : IEntityTypeConfiguration<CatalogueEntryFamily>
{
    public void Configure(EntityTypeBuilder<CatalogueEntryFamily> e)
    {
        e.ToTable("catalogue_entry_families");
        e.HasKey(x => x.EntryCode);
        e.Property(x => x.EntryCode).HasMaxLength(40);
    }
}
