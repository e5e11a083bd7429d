using Intensif.Messaging;
using Intensif.Scheduling.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Infrastructure;

public sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : DbContext(options)
{
    public DbSet<Interview> Interviews => Set<Interview>();

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
        });
        modelBuilder.AddMessagingTables();
    }
}
