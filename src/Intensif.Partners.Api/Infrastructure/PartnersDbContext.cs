using Intensif.Messaging;
using Intensif.Partners.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Infrastructure;

public sealed class PartnersDbContext(DbContextOptions<PartnersDbContext> options) : DbContext(options)
{
    public DbSet<PartnerStructure> Structures => Set<PartnerStructure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PartnerStructure>(s =>
        {
            s.ToTable("partner_structures");
            s.HasIndex(x => x.Siret).IsUnique();
            s.Property(x => x.Name).HasMaxLength(200);
            s.Property(x => x.Siret).HasMaxLength(14);
            s.Property(x => x.Type).HasMaxLength(32);
            s.Property(x => x.RegisteredBy).HasMaxLength(128);
        });
        modelBuilder.AddMessagingTables();
    }
}
