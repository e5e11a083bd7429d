using Intensif.Indicators.Api.Domain;
using Intensif.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Infrastructure;

public sealed class IndicatorsDbContext(DbContextOptions<IndicatorsDbContext> options) : DbContext(options)
{
    public DbSet<ActiveContract> ActiveContracts => Set<ActiveContract>();
    public DbSet<ContractClosure> ContractClosures => Set<ContractClosure>();
    public DbSet<IntensiveEpisode> IntensiveEpisodes => Set<IntensiveEpisode>();

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
        modelBuilder.Entity<ContractClosure>(c =>
        {
            c.ToTable("contract_closures");
            c.HasKey(x => x.ContractId);
            c.Property(x => x.ContractId).ValueGeneratedNever();
            c.Property(x => x.OrganismeId).HasMaxLength(64);
            c.Property(x => x.Territory).HasMaxLength(3);
            c.Property(x => x.Reason).HasMaxLength(40);
        });
        modelBuilder.Entity<IntensiveEpisode>(e =>
        {
            e.ToTable("intensive_episodes");
            e.HasKey(x => x.EpisodeId);
            e.Property(x => x.EpisodeId).ValueGeneratedNever();
            e.Property(x => x.OrganismeId).HasMaxLength(64);
            e.Property(x => x.Territory).HasMaxLength(3);
            e.Property(x => x.ExitType).HasMaxLength(40);
            e.HasIndex(x => new { x.OrganismeId, x.StartDate });
            e.HasIndex(x => new { x.Territory, x.StartDate });
        });
        modelBuilder.AddMessagingTables();
    }
}
