using Intensif.Messaging;
using Intensif.Scheduling.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Infrastructure;

public sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : DbContext(options)
{
    public DbSet<Interview> Interviews => Set<Interview>();
    public DbSet<CalendarFeed> Feeds => Set<CalendarFeed>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Interview>(i =>
        {
            i.ToTable("interviews");
            i.HasIndex(x => new { x.OrganismeId, x.ReferentId, x.ScheduledAt });
            i.HasIndex(x => x.BeneficiaryId);
            i.Property(x => x.OrganismeId).HasMaxLength(64);
            i.Property(x => x.ReferentId).HasMaxLength(128);
            i.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
            i.Property(x => x.Channel).HasConversion<string>().HasMaxLength(32);
            i.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        });
        modelBuilder.Entity<CalendarFeed>(f =>
        {
            f.ToTable("calendar_feeds");
            f.HasIndex(x => x.TokenHash).IsUnique();
            f.HasIndex(x => new { x.OrganismeId, x.ReferentId });
            f.Property(x => x.OrganismeId).HasMaxLength(64);
            f.Property(x => x.ReferentId).HasMaxLength(128);
            f.Property(x => x.TokenHash).HasMaxLength(64);
        });
        modelBuilder.AddMessagingTables();
    }
}
