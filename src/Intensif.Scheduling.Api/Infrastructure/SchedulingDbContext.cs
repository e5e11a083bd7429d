using Intensif.Messaging;
using Intensif.Scheduling.Api.Domain;
using Intensif.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Infrastructure;

public sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : DbContext(options)
{
    public DbSet<Interview> Interviews => Set<Interview>();
    public DbSet<CalendarFeed> Feeds => Set<CalendarFeed>();
    public DbSet<IntensiveEpisode> Episodes => Set<IntensiveEpisode>();
    public DbSet<PartnerSessionCopy> Sessions => Set<PartnerSessionCopy>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<WeekClosure> WeekClosures => Set<WeekClosure>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // tables added in their own files (IEntityTypeConfiguration<T>), so features do not all edit this one
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SchedulingDbContext).Assembly);
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
            // the ETag; two concurrent changes of one entretien: the second gets 412
            i.Property(x => x.Sequence).IsConcurrencyToken();
        });
        modelBuilder.Entity<CalendarFeed>(f =>
        {
            f.ToTable("calendar_feeds");
            f.HasIndex(x => x.TokenHash).IsUnique();
            f.HasIndex(x => new { x.OrganismeId, x.ReferentId });
            f.Property(x => x.OrganismeId).HasMaxLength(64);
            f.Property(x => x.ReferentId).HasMaxLength(128);
            f.Property(x => x.TokenHash).HasMaxLength(64);
            f.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            f.Property(x => x.Territory).HasMaxLength(8);
            f.Property(x => x.Theme).HasMaxLength(64);
        });
        modelBuilder.Entity<IntensiveEpisode>(e =>
        {
            e.ToTable("intensive_episodes");
            e.HasKey(x => x.EpisodeId);
            e.HasIndex(x => x.BeneficiaryId);
            e.HasIndex(x => new { x.OrganismeId, x.ReferentId });
            e.HasIndex(x => x.ContractId);
            e.Property(x => x.OrganismeId).HasMaxLength(64);
            e.Property(x => x.ReferentId).HasMaxLength(128);
            e.Property(x => x.Territory).HasMaxLength(8);
            e.Property(x => x.TargetWeeklyHours).HasPrecision(5, 2);
        });
        modelBuilder.Entity<PartnerSessionCopy>(s =>
        {
            s.ToTable("partner_sessions");
            s.HasKey(x => x.SessionId);
            s.HasIndex(x => new { x.Territory, x.Start });
            s.Property(x => x.EntryCode).HasMaxLength(40);
            s.Property(x => x.Location).HasMaxLength(300);
            s.Property(x => x.Territory).HasMaxLength(8);
            s.Property(x => x.Theme).HasMaxLength(64);
        });
        modelBuilder.Entity<Assignment>(a =>
        {
            a.ToTable("assignments");
            a.HasIndex(x => new { x.BeneficiaryId, x.Week });
            a.HasIndex(x => x.SessionId);
            a.Property(x => x.OrganismeId).HasMaxLength(64);
            a.Property(x => x.ReferentId).HasMaxLength(128);
            a.Property(x => x.Territory).HasMaxLength(8);
            a.Property(x => x.Week).HasMaxLength(8);
            a.Property(x => x.EntryCode).HasMaxLength(40);
            a.Property(x => x.Supervision).HasMaxLength(16);
            a.Property(x => x.ProofReference).HasMaxLength(300);
            a.Property(x => x.RecordedBy).HasMaxLength(128);
            a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
            a.Property(x => x.DeclaredBy).HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.PlannedHours).HasPrecision(6, 2);
            a.Property(x => x.RealisedHours).HasPrecision(6, 2);
            a.Property(x => x.ActualHours).HasPrecision(6, 2);
            // the ETag; two concurrent attendance records of one assignment: the second gets 412
            a.Property(x => x.Sequence).IsConcurrencyToken();
        });
        modelBuilder.Entity<WeekClosure>(w =>
        {
            w.ToTable("week_closures");
            w.HasIndex(x => new { x.BeneficiaryId, x.Week }).IsUnique();
            w.Property(x => x.Week).HasMaxLength(8);
            w.Property(x => x.OrganismeId).HasMaxLength(64);
            w.Property(x => x.Territory).HasMaxLength(8);
            w.Property(x => x.ClosedBy).HasMaxLength(128);
            w.Property(x => x.Comment).HasMaxLength(1000);
            w.Property(x => x.GapReason).HasConversion<string>().HasMaxLength(32);
            foreach (var hours in new[] { nameof(WeekClosure.TargetHours), nameof(WeekClosure.PlannedHours), nameof(WeekClosure.RealisedHours),
                         nameof(WeekClosure.AccompaniedHours), nameof(WeekClosure.AutonomousHours), nameof(WeekClosure.GapHours) })
                w.Property(hours).HasPrecision(6, 2);
        });
        modelBuilder.AddMessagingTables();
        modelBuilder.AddAuditTable();
        modelBuilder.AddIdempotencyTable();
    }
}
