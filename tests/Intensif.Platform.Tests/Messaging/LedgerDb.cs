using Intensif.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Platform.Tests.Messaging;

/// <summary>A service database in miniature: its state, the raw deliveries it saw, and the messaging tables.</summary>
public sealed class LedgerDb(DbContextOptions<LedgerDb> options) : DbContext(options)
{
    /// <summary>The effect of consuming an event: one entry per applied event.</summary>
    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();
    /// <summary>Every delivery, duplicates included, in arrival order.</summary>
    public DbSet<Delivery> Deliveries => Set<Delivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LedgerEntry>().ToTable("ledger_entries");
        modelBuilder.Entity<Delivery>().ToTable("deliveries");
        modelBuilder.AddMessagingTables();
    }
}

public sealed class LedgerEntry
{
    public long Id { get; set; }
    public Guid EventId { get; set; }
    public required string AggregateId { get; set; }
    public int Number { get; set; }
}

public sealed class Delivery
{
    public long Id { get; set; }
    public Guid MessageId { get; set; }
    public required string AggregateId { get; set; }
    public int Number { get; set; }
    public string? TraceId { get; set; }
}
