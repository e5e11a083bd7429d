using Intensif.Catalogue.Api.Domain;
using Intensif.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Catalogue.Api.Infrastructure;

public sealed class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options) : DbContext(options)
{
    public DbSet<CatalogueEntry> Entries => Set<CatalogueEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CatalogueEntry>(e =>
        {
            e.ToTable("catalogue_entries");
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Label).HasMaxLength(200);
            e.Property(x => x.Category).HasMaxLength(64);
            e.Property(x => x.Valuation).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.ForfaitHours).HasPrecision(5, 2);
            e.Property(x => x.PublishedBy).HasMaxLength(128);
        });
        modelBuilder.AddMessagingTables();
    }
}
