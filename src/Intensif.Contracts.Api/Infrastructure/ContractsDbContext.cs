using System.Text.Json;
using System.Text.Json.Serialization;
using Intensif.Contracts.Api.Domain;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Contracts.Api.Infrastructure;

public sealed class ContractsDbContext(DbContextOptions<ContractsDbContext> options) : DbContext(options)
{
    /// <summary>Enums as their names in jsonb columns, so the stored documents read as the API does.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General) { Converters = { new JsonStringEnumConverter() } };

    public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<ContractVersion> ContractVersions => Set<ContractVersion>();
    public DbSet<IntensiveEpisode> IntensiveEpisodes => Set<IntensiveEpisode>();
    public DbSet<ReferentChange> ReferentChanges => Set<ReferentChange>();
    public DbSet<ReferentPortfolio> ReferentPortfolios => Set<ReferentPortfolio>();
    public DbSet<OrganismePolicy> OrganismePolicies => Set<OrganismePolicy>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Orientation> Orientations => Set<Orientation>();
    public DbSet<Diagnostic> Diagnostics => Set<Diagnostic>();
    public DbSet<ActionPlan> ActionPlans => Set<ActionPlan>();
    public DbSet<ActionPlanVersion> ActionPlanVersions => Set<ActionPlanVersion>();
    public DbSet<CatalogueEntryCopy> CatalogueEntries => Set<CatalogueEntryCopy>();
    public DbSet<BreachFile> BreachFiles => Set<BreachFile>();
    public DbSet<BreachSignal> BreachSignals => Set<BreachSignal>();

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
            b.Property(x => x.Sex).HasConversion<string>().HasMaxLength(1);
            b.Property(x => x.Publics).HasColumnType("jsonb").HasConversion(
                v => JsonSerializer.Serialize(v.Select(p => p.ToString()), JsonSerializerOptions.Default),
                s => (JsonSerializer.Deserialize<string[]>(s, JsonSerializerOptions.Default) ?? Array.Empty<string>()).Select(Enum.Parse<PublicType>).ToArray(),
                new ValueComparer<IReadOnlyList<PublicType>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToArray()));
            b.Property(x => x.RsaHousehold).HasColumnType("jsonb").HasConversion(
                v => v == null ? null : JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                s => s == null ? null : JsonSerializer.Deserialize<RsaHousehold>(s, JsonSerializerOptions.Default));
        });
        modelBuilder.Entity<Orientation>(o =>
        {
            o.ToTable("orientations");
            o.HasIndex(x => x.BeneficiaryId);
            o.Property(x => x.OrganismeId).HasMaxLength(64);
            o.Property(x => x.OrganismeReferentId).HasMaxLength(64);
            o.Property(x => x.DecidedBy).HasConversion<string>().HasMaxLength(32);
            o.Property(x => x.Parcours).HasConversion<string>().HasMaxLength(16);
            o.Property(x => x.Reason).HasMaxLength(1000);
            o.Property(x => x.RecordedBy).HasMaxLength(128);
            o.Ignore(x => x.RsaOrientationLate);
        });
        modelBuilder.Entity<ActionPlan>(p =>
        {
            p.ToTable("action_plans");
            p.HasKey(x => x.ContractId);
            p.Property(x => x.OrganismeId).HasMaxLength(64);
            p.Property(x => x.WorkFirstJustification).HasMaxLength(1000);
            p.Property(x => x.UpdatedBy).HasMaxLength(128);
            // two revisions at once: the second one's UPDATE finds another version and fails (412), never overwrites
            p.Property(x => x.Version).IsConcurrencyToken();
            JsonList(p.Property(x => x.Objectives));
            JsonList(p.Property(x => x.Actions));
            p.Ignore(x => x.Content);
        });
        modelBuilder.Entity<ActionPlanVersion>(v =>
        {
            v.ToTable("action_plan_versions");
            v.HasKey(x => new { x.ContractId, x.Number });
            v.Property(x => x.WorkFirstJustification).HasMaxLength(1000);
            v.Property(x => x.Reason).HasMaxLength(1000);
            v.Property(x => x.RecordedBy).HasMaxLength(128);
            JsonList(v.Property(x => x.Objectives));
            JsonList(v.Property(x => x.Actions));
            JsonList(v.Property(x => x.Warnings));
        });
        modelBuilder.Entity<CatalogueEntryCopy>(c =>
        {
            c.ToTable("catalogue_entries");
            c.HasKey(x => x.Code);
            c.Property(x => x.Code).HasMaxLength(64);
            c.Property(x => x.Label).HasMaxLength(300);
            c.Property(x => x.Category).HasMaxLength(200);
            c.Property(x => x.Supervision).HasConversion<string>().HasMaxLength(16);
            c.Property(x => x.ForfaitHours).HasPrecision(5, 2);
        });
        modelBuilder.Entity<BreachFile>(f =>
        {
            f.ToTable("breach_files");
            f.HasIndex(x => new { x.BeneficiaryId, x.Status });
            f.Property(x => x.OrganismeId).HasMaxLength(64);
            f.Property(x => x.Benefit).HasConversion<string>().HasMaxLength(32);
            f.Property(x => x.BreachType).HasConversion<string>().HasMaxLength(48);
            f.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
            f.Property(x => x.EpOpinion).HasConversion<string>().HasMaxLength(16);
            f.Property(x => x.DecisionAuthority).HasConversion<string>().HasMaxLength(16);
            f.Property(x => x.Rank).HasConversion<string>().HasMaxLength(16);
            f.Property(x => x.Measure).HasConversion<string>().HasMaxLength(32);
            f.Property(x => x.LiftReason).HasConversion<string>().HasMaxLength(32);
            f.Property(x => x.ObservationsSummary).HasMaxLength(1000);
            f.Property(x => x.NoSanctionReason).HasMaxLength(1000);
            f.Property(x => x.DismissalReason).HasMaxLength(1000);
            // SR-11: one open proposal of the platform per contract, even when two events are consumed at once
            f.HasIndex(x => x.ContractId).IsUnique().HasDatabaseName("IX_breach_files_platform_open_proposal")
                .HasFilter("\"ProposedBy\" = 'platform' AND \"Status\" IN ('PROPOSED', 'OBSERVATIONS_INVITED')");
            f.Property(x => x.ProposedBy).HasMaxLength(128);
            f.Property(x => x.UpdatedBy).HasMaxLength(128);
            f.Property(x => x.RowVersion).IsRowVersion();
            JsonList(f.Property(x => x.Evidence));
        });
        modelBuilder.Entity<BreachSignal>(s =>
        {
            s.ToTable("breach_signals");
            // a fact counts once, however often its event is delivered or published
            s.HasIndex(x => new { x.PseudonymousBeneficiaryId, x.Kind, x.Reference }).IsUnique();
            s.Property(x => x.OrganismeId).HasMaxLength(64);
            s.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            s.Property(x => x.Reference).HasMaxLength(100);
            s.Property(x => x.Summary).HasMaxLength(500);
            s.Property(x => x.TargetHours).HasPrecision(5, 2);
            s.Property(x => x.RealisedHours).HasPrecision(5, 2);
        });
        modelBuilder.Entity<Diagnostic>(d =>
        {
            d.ToTable("diagnostics");
            // one row per version; two versions recorded at once cannot take the same number
            d.HasIndex(x => new { x.BeneficiaryId, x.Version }).IsUnique();
            d.Property(x => x.OrganismeId).HasMaxLength(64);
            d.Property(x => x.ProjectMaturity).HasConversion<string>().HasMaxLength(16);
            d.Property(x => x.ProfessionalProject).HasMaxLength(500);
            d.Property(x => x.WeeklyCapacityHint).HasPrecision(4, 1);
            d.Property(x => x.RecordedBy).HasMaxLength(128);
            d.Property(x => x.Barriers).HasColumnType("jsonb").HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                s => JsonSerializer.Deserialize<DiagnosticBarrier[]>(s, Json) ?? Array.Empty<DiagnosticBarrier>(),
                new ValueComparer<IReadOnlyList<DiagnosticBarrier>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToArray()));
        });
        modelBuilder.Entity<Contract>(c =>
        {
            c.ToTable("contracts");
            c.HasIndex(x => new { x.OrganismeId, x.Status });
            // one contract in force per person, even under concurrent signatures
            c.HasIndex(x => x.BeneficiaryId).IsUnique().HasFilter("\"Status\" IN ('SIGNED', 'ACTIVE', 'SUSPENDED_SANCTION')");
            c.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
            c.Property(x => x.Regime).HasConversion<string>().HasMaxLength(32);
            c.Property(x => x.ClosureReason).HasConversion<string>().HasMaxLength(32);
            c.Property(x => x.TargetWeeklyHours).HasPrecision(4, 1);
            c.Property(x => x.DurationJustification).HasMaxLength(2000);
            c.Property(x => x.OrganismeCommitments).HasMaxLength(4000);
            c.Property(x => x.BeneficiaryCommitments).HasMaxLength(4000);
            c.Property(x => x.OrganismeId).HasMaxLength(64);
            c.Property(x => x.ReferentId).HasMaxLength(128);
            c.Property(x => x.CreatedBy).HasMaxLength(128);
            c.Property(x => x.Version).IsRowVersion();   // PostgreSQL xmin: optimistic concurrency
            c.Ignore(x => x.IsInForce);
        });
        modelBuilder.Entity<ContractVersion>(v =>
        {
            v.ToTable("contract_versions");
            v.HasKey(x => new { x.ContractId, x.Number });
            v.Property(x => x.Change).HasConversion<string>().HasMaxLength(32);
            v.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
            v.Property(x => x.Regime).HasConversion<string>().HasMaxLength(32);
            v.Property(x => x.TargetWeeklyHours).HasPrecision(4, 1);
            v.Property(x => x.Reason).HasMaxLength(2000);
            v.Property(x => x.DurationJustification).HasMaxLength(2000);
            v.Property(x => x.OrganismeCommitments).HasMaxLength(4000);
            v.Property(x => x.BeneficiaryCommitments).HasMaxLength(4000);
            v.Property(x => x.ReferentId).HasMaxLength(128);
            v.Property(x => x.RecordedBy).HasMaxLength(128);
        });
        modelBuilder.Entity<IntensiveEpisode>(e =>
        {
            e.ToTable("intensive_episodes");
            e.HasIndex(x => new { x.OrganismeId, x.ReferentId, x.Status });
            // one episode in progress per contract, even under concurrent starts
            e.HasIndex(x => x.ContractId).IsUnique().HasFilter("\"Status\" = 'ACTIVE'");
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ExitType).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.OrganismeId).HasMaxLength(64);
            e.Property(x => x.ReferentId).HasMaxLength(128);
            e.Property(x => x.BarriersAtExit).HasColumnType("jsonb").HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                s => JsonSerializer.Deserialize<BarrierRating[]>(s, JsonSerializerOptions.Default) ?? Array.Empty<BarrierRating>(),
                new ValueComparer<IReadOnlyList<BarrierRating>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToArray()));
        });
        modelBuilder.Entity<ReferentChange>(r =>
        {
            r.ToTable("referent_changes");
            r.HasIndex(x => x.BeneficiaryId);
            r.Property(x => x.Reason).HasConversion<string>().HasMaxLength(32);
            r.Property(x => x.OrganismeId).HasMaxLength(64);
            r.Property(x => x.FromReferentId).HasMaxLength(128);
            r.Property(x => x.ToReferentId).HasMaxLength(128);
            r.Property(x => x.HandoverNote).HasMaxLength(4000);
            r.Property(x => x.RecordedBy).HasMaxLength(128);
        });
        modelBuilder.Entity<ReferentPortfolio>(p =>
        {
            p.ToTable("referent_portfolios");
            p.HasKey(x => new { x.OrganismeId, x.ReferentId });
            p.Property(x => x.OrganismeId).HasMaxLength(64);
            p.Property(x => x.ReferentId).HasMaxLength(128);
        });
        modelBuilder.Entity<OrganismePolicy>(p =>
        {
            p.ToTable("organisme_policies");
            p.HasKey(x => x.OrganismeId);
            p.Property(x => x.OrganismeId).HasMaxLength(64);
            p.Property(x => x.TargetWeeklyHoursDefault).HasPrecision(4, 1);
            p.Property(x => x.UpdatedBy).HasMaxLength(128);
        });
        // tables configured in their own IEntityTypeConfiguration files (employment outcomes)
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContractsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddAuditTable();
        modelBuilder.AddIdempotencyTable();
    }

    /// <summary>A list of records as one jsonb document, compared by content.</summary>
    private static void JsonList<T>(PropertyBuilder<IReadOnlyList<T>> property) => property.HasColumnType("jsonb").HasConversion(
        v => JsonSerializer.Serialize(v, Json),
        s => JsonSerializer.Deserialize<T[]>(s, Json) ?? Array.Empty<T>(),
        new ValueComparer<IReadOnlyList<T>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToArray()));
}
