using Intensif.Contracts.Api.Domain;
using Intensif.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Infrastructure;

public sealed class ContractsDbContext(DbContextOptions<ContractsDbContext> options) : DbContext(options)
{
    public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();
    public DbSet<Contract> Contracts => Set<Contract>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Beneficiary>(b =>
        {
            b.ToTable("beneficiaries");
            b.HasIndex(x => new { x.OrganismeId, x.ReferentId });
            b.Property(x => x.OrganismeId).HasMaxLength(64);
            b.Property(x => x.ReferentId).HasMaxLength(128);
            b.Property(x => x.FranceTravailId).HasMaxLength(32);
            b.Property(x => x.FirstName).HasMaxLength(100);
            b.Property(x => x.LastName).HasMaxLength(100);
            b.Property(x => x.Territory).HasMaxLength(3);
            b.Property(x => x.CreatedBy).HasMaxLength(128);
        });
        modelBuilder.Entity<Contract>(c =>
        {
            c.ToTable("contracts");
            c.HasIndex(x => new { x.OrganismeId, x.Status });
            // one contract in force per person, even under concurrent signatures
            c.HasIndex(x => x.BeneficiaryId).IsUnique().HasFilter("\"Status\" IN ('SIGNED', 'ACTIVE', 'SUSPENDED_SANCTION')");
            c.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
            c.Property(x => x.OrganismeId).HasMaxLength(64);
            c.Property(x => x.ReferentId).HasMaxLength(128);
            c.Property(x => x.CreatedBy).HasMaxLength(128);
            c.Property(x => x.Version).IsRowVersion();   // PostgreSQL xmin: optimistic concurrency
        });
        modelBuilder.AddMessagingTables();
    }
}
