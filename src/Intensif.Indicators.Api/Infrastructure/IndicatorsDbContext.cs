using Intensif.Indicators.Api.Domain;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Http;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Intensif.Indicators.Api.Infrastructure;

public sealed class IndicatorsDbContext(DbContextOptions<IndicatorsDbContext> options) : DbContext(options)
{
    public DbSet<ActiveContract> ActiveContracts => Set<ActiveContract>();
    public DbSet<ContractClosure> ContractClosures => Set<ContractClosure>();
    public DbSet<IntensiveEpisode> IntensiveEpisodes => Set<IntensiveEpisode>();
    public DbSet<InterviewOutcome> InterviewOutcomes => Set<InterviewOutcome>();
    public DbSet<ReferentChange> ReferentChanges => Set<ReferentChange>();
    public DbSet<ClosedWeek> ClosedWeeks => Set<ClosedWeek>();
    public DbSet<DiagnosticVersion> DiagnosticVersions => Set<DiagnosticVersion>();
    public DbSet<PartnerSession> PartnerSessions => Set<PartnerSession>();
    public DbSet<ActivityAssignment> ActivityAssignments => Set<ActivityAssignment>();
    public DbSet<BreachFile> BreachFiles => Set<BreachFile>();
    public DbSet<ActivityCost> ActivityCosts => Set<ActivityCost>();
    public DbSet<SatisfactionAnswer> SatisfactionAnswers => Set<SatisfactionAnswer>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // tables added in their own files (IEntityTypeConfiguration<T>), so features do not all edit this one
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IndicatorsDbContext).Assembly);
        modelBuilder.Entity<ActiveContract>(a =>
        {
            a.ToTable("active_contracts");
            a.HasKey(x => x.ContractId);
            a.Property(x => x.ContractId).ValueGeneratedNever();
            a.Property(x => x.OrganismeId).HasMaxLength(64);
            a.Property(x => x.Territory).HasMaxLength(3);
            a.Property(x => x.Sex).HasMaxLength(1);
            // a window's contracts in force: signed by its last day (one range, every column read there), less those closed before its first
            a.HasIndex(x => new { x.OrganismeId, x.SignedOn }).IncludeProperties(x => new
                { x.ContractId, x.Territory, x.PseudonymousBeneficiaryId, x.Parcours, x.OrientationNotifiedOn, x.Publics, x.Sex, x.Qpv });
            a.HasIndex(x => new { x.Territory, x.SignedOn }).IncludeProperties(x => new
                { x.ContractId, x.OrganismeId, x.PseudonymousBeneficiaryId, x.Parcours, x.OrientationNotifiedOn, x.Publics, x.Sex, x.Qpv });
        });
        modelBuilder.Entity<ContractClosure>(c =>
        {
            c.ToTable("contract_closures");
            c.HasKey(x => x.ContractId);
            c.Property(x => x.ContractId).ValueGeneratedNever();
            c.Property(x => x.OrganismeId).HasMaxLength(64);
            c.Property(x => x.Territory).HasMaxLength(3);
            c.Property(x => x.Reason).HasMaxLength(40);
            c.HasIndex(x => new { x.OrganismeId, x.ClosedOn }).IncludeProperties(x => x.ContractId);
            c.HasIndex(x => new { x.Territory, x.ClosedOn }).IncludeProperties(x => x.ContractId);
        });
        modelBuilder.Entity<IntensiveEpisode>(e =>
        {
            e.ToTable("intensive_episodes");
            e.HasKey(x => x.EpisodeId);
            e.Property(x => x.EpisodeId).ValueGeneratedNever();
            e.Property(x => x.OrganismeId).HasMaxLength(64);
            e.Property(x => x.Territory).HasMaxLength(3);
            e.Property(x => x.ExitType).HasMaxLength(40);
            e.Property(x => x.ReferentId).HasMaxLength(64);
            e.HasIndex(x => new { x.OrganismeId, x.StartDate });
            e.HasIndex(x => new { x.Territory, x.StartDate });
            // a window's episodes are those open or ended since its first day: two ranges of these, the table read for those only
            e.HasIndex(x => new { x.OrganismeId, x.EndedOn });
            e.HasIndex(x => new { x.Territory, x.EndedOn });
        });
        modelBuilder.Entity<InterviewOutcome>(i =>
        {
            i.ToTable("interview_outcomes");
            i.HasKey(x => x.InterviewId);
            i.Property(x => x.InterviewId).ValueGeneratedNever();
            i.Property(x => x.OrganismeId).HasMaxLength(64);
            i.Property(x => x.Type).HasMaxLength(40);
            i.Ignore(x => x.Day);
            i.HasIndex(x => new { x.OrganismeId, x.ScheduledAt });
            i.HasIndex(x => new { x.BeneficiaryId, x.ScheduledAt });
        });
        modelBuilder.Entity<ReferentChange>(r =>
        {
            r.ToTable("referent_changes");
            r.HasKey(x => x.EventId);
            r.Property(x => x.EventId).ValueGeneratedNever();
            r.Property(x => x.OrganismeId).HasMaxLength(64);
            r.Property(x => x.Territory).HasMaxLength(3);
            r.Property(x => x.FromReferentId).HasMaxLength(64);
            r.Property(x => x.ToReferentId).HasMaxLength(64);
            r.Property(x => x.Reason).HasMaxLength(64);
            r.HasIndex(x => x.OrganismeId);
            r.HasIndex(x => x.Territory);
            r.HasIndex(x => x.BeneficiaryId);
        });
        modelBuilder.Entity<ClosedWeek>(w =>
        {
            w.ToTable("closed_weeks");
            w.HasKey(x => new { x.EpisodeId, x.IsoWeek });
            w.Property(x => x.IsoWeek).HasMaxLength(10);
            w.Property(x => x.OrganismeId).HasMaxLength(64);
            w.Property(x => x.Territory).HasMaxLength(3);
            w.Property(x => x.GapReason).HasMaxLength(32);
            foreach (var hours in new[] { nameof(ClosedWeek.TargetHours), nameof(ClosedWeek.RealisedHours), nameof(ClosedWeek.AccompaniedHours), nameof(ClosedWeek.AutonomousHours) })
                w.Property(hours).HasPrecision(6, 2);
            w.Ignore(x => x.Thursday);
            w.Ignore(x => x.BelowTarget);
            w.HasIndex(x => new { x.OrganismeId, x.WeekStart });
            w.HasIndex(x => new { x.EpisodeId, x.WeekStart });
        });
        modelBuilder.Entity<DiagnosticVersion>(d =>
        {
            d.ToTable("diagnostic_versions");
            d.HasKey(x => new { x.DiagnosticId, x.Version });
            d.Property(x => x.OrganismeId).HasMaxLength(64);
            d.Property(x => x.Territory).HasMaxLength(3);
            d.HasIndex(x => x.BeneficiaryId);
        });
        modelBuilder.Entity<PartnerSession>(p =>
        {
            p.ToTable("partner_sessions");
            p.HasKey(x => x.SessionId);
            p.Property(x => x.SessionId).ValueGeneratedNever();
            p.Property(x => x.EntryCode).HasMaxLength(40);
            p.Property(x => x.Territory).HasMaxLength(3);
            p.Property(x => x.Theme).HasMaxLength(64);
            p.Ignore(x => x.Day);
            p.HasIndex(x => new { x.Territory, x.Start });
        });
        modelBuilder.Entity<ActivityAssignment>(a =>
        {
            a.ToTable("activity_assignments");
            a.HasKey(x => x.AssignmentId);
            a.Property(x => x.AssignmentId).ValueGeneratedNever();
            a.Property(x => x.OrganismeId).HasMaxLength(64);
            a.Property(x => x.EntryCode).HasMaxLength(40);
            a.Property(x => x.Status).HasMaxLength(32);
            a.Property(x => x.RealisedHours).HasPrecision(6, 2);
            a.Ignore(x => x.Day);
            a.Ignore(x => x.AttendanceKnown);
            a.HasIndex(x => new { x.OrganismeId, x.PlannedStart });
            a.HasIndex(x => x.SessionId);
            a.HasIndex(x => x.EpisodeId);
        });
        modelBuilder.Entity<BreachFile>(b =>
        {
            b.ToTable("breach_files");
            b.HasKey(x => x.BreachFileId);
            b.Property(x => x.BreachFileId).ValueGeneratedNever();
            b.Property(x => x.OrganismeId).HasMaxLength(64);
            b.Property(x => x.Territory).HasMaxLength(3);
            b.Property(x => x.BreachType).HasMaxLength(64);
            b.Property(x => x.Measure).HasMaxLength(40);
            b.Property(x => x.LiftReason).HasMaxLength(64);
            b.HasIndex(x => x.OrganismeId);
            b.HasIndex(x => x.Territory);
        });
        modelBuilder.Entity<ActivityCost>(c =>
        {
            c.ToTable("activity_costs");
            c.HasKey(x => x.EntryCode);
            c.Property(x => x.EntryCode).HasMaxLength(40);
            c.Property(x => x.HourlyCosts).HasColumnType("jsonb").HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<List<HourlyCostPeriod>>(v, (JsonSerializerOptions?)null) ?? new List<HourlyCostPeriod>(),
                new ValueComparer<List<HourlyCostPeriod>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
        });
        modelBuilder.Entity<SatisfactionAnswer>(s =>
        {
            s.ToTable("satisfaction_answers");
            s.HasKey(x => x.AnswerId);
            s.Property(x => x.AnswerId).ValueGeneratedNever();
            s.Property(x => x.OrganismeId).HasMaxLength(64);
            s.Property(x => x.Territory).HasMaxLength(3);
            s.Property(x => x.Comment).HasMaxLength(SatisfactionAnswer.MaxCommentLength);
            s.Ignore(x => x.Satisfied);
            s.Ignore(x => x.MidCourse);
            // one answer per exit (no invitation) and one per mid-course invitation, even under concurrent posts
            s.HasIndex(x => new { x.EpisodeId, x.InvitationId }).IsUnique().AreNullsDistinct(false);
        });
        modelBuilder.AddIdempotencyTable();
        modelBuilder.AddMessagingTables();
        modelBuilder.AddAuditTable();
    }
}
