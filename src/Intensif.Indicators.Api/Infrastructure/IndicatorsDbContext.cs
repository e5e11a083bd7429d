using Intensif.Indicators.Api.Domain;
using Intensif.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Infrastructure;

public sealed class IndicatorsDbContext(DbContextOptions<IndicatorsDbContext> options) : DbContext(options)
{
    public DbSet<ActiveContract> ActiveContracts => Set<ActiveContract>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ActiveContract>(a =>
        {
            a.ToTable("active_contracts");
            a.HasKey(x => x.ContractId);
            a.Property(x => x.ContractId).ValueGeneratedNever();
            a.Property(x => x.OrganismeId).HasMaxLength(64);
            a.Property(x => x.Territory).HasMaxLength(3);
            a.HasIndex(x => x.OrganismeId);
            a.HasIndex(x => x.Territory);
        });
        modelBuilder.AddMessagingTables();
    }
}
