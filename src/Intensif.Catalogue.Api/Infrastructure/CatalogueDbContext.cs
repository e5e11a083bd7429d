using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Persistence;
using Intensif.Catalogue.Api.Domain;
using Intensif.Messaging;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Intensif.Catalogue.Api.Infrastructure;

public sealed class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options) : DbContext(options)
{
    /// <summary>Shadow column filled by a trigger (unaccented French full text); see the AddSearch migration.</summary>
    public const string SearchVector = "SearchVector";
    /// <summary>The text search configuration the migration creates: French stemming after unaccent.</summary>
    public const string SearchConfiguration = "french_unaccent";
    /// <summary>Search columns the same trigger derives from "Eligibility" (see the EligibilitySearch migration).</summary>
    public const string EligiblePublics = "EligiblePublics";
    /// <summary>The territories for search, derived by the trigger: "*" for an entry with none (everywhere).</summary>
    public const string SearchTerritories = "SearchTerritories";
    /// <summary>What <see cref="SearchTerritories"/> holds for an entry offered everywhere.</summary>
    public const string Everywhere = "*";
    public const string EligibleAgeMin = "EligibleAgeMin";
    public const string EligibleAgeMax = "EligibleAgeMax";

    public DbSet<CatalogueEntry> Entries => Set<CatalogueEntry>();
    public DbSet<LocalValuation> LocalValuations => Set<LocalValuation>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<OfferedSession> Sessions => Set<OfferedSession>();
    public DbSet<PartnerStructure> Structures => Set<PartnerStructure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.Entity<CatalogueEntry>(e =>
        {
            e.ToTable("catalogue_entries");
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Scope).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.OwnerOrganisation).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.Label).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Category).HasMaxLength(64);
            e.Property(x => x.Dimension).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Mode).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Supervision).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ValuationMethod).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.ForfaitHours).HasPrecision(5, 2);
            e.Property(x => x.MaxHoursPerWeek).HasPrecision(5, 2);
            e.Property(x => x.MaxTotalHours).HasPrecision(6, 2);
            e.Property(x => x.ProofType).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.Eligibility).HasJsonConversion();
            e.Property(x => x.HourlyCosts).HasJsonConversion();
            e.Property(x => x.ProviderType).HasMaxLength(128);
            e.Property(x => x.LegalConstraints).HasMaxLength(1000);
            e.Property(x => x.CreatedBy).HasMaxLength(128);
            e.Property(x => x.UpdatedBy).HasMaxLength(128);
            e.Ignore(x => x.Valuation);
            e.Property<NpgsqlTsVector>(SearchVector).HasColumnType("tsvector");
            // search over 100,000 entries: full text and themes by GIN; local entries by owner
            e.HasIndex(SearchVector).HasMethod("gin");
            e.HasIndex(x => x.Themes).HasMethod("gin");
            e.HasIndex(x => new { x.OwnerOrganisation, x.Code });
            // eligibility, derived by the trigger so that the public filter is one overlap (no OR with "none stated"); not
            // indexed: most entries are open to most publics, so it is checked on the rows the other conditions select
            e.Property<string[]>(EligiblePublics).ValueGeneratedOnAddOrUpdate();   // nullable for EF, always set by the trigger
            e.Property<int>(EligibleAgeMin).ValueGeneratedOnAddOrUpdate();
            e.Property<int>(EligibleAgeMax).ValueGeneratedOnAddOrUpdate();
            // territory filter as one GIN overlap (national entries hold "*"), so the text and territory indexes combine
            e.Property<string[]>(SearchTerritories).ValueGeneratedOnAddOrUpdate();
            e.HasIndex(SearchTerritories).HasMethod("gin");
            // partners' proposals: a partner's own, by code (few rows, hence partial)
            e.Property(x => x.ProposalStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.RejectionReason).HasMaxLength(1000);
            e.Property(x => x.ReviewedBy).HasMaxLength(128);
            e.HasIndex(x => new { x.ProposedBy, x.Code }).HasFilter("\"ProposedBy\" IS NOT NULL");
        });
        modelBuilder.Entity<PartnerStructure>(e =>
        {
            e.ToTable("catalogue_structures");
            e.HasKey(x => x.StructureId);
            e.Property(x => x.StructureId).ValueGeneratedNever();
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Type).HasMaxLength(64);
            e.Property(x => x.Siret).HasMaxLength(14);
        });
        modelBuilder.Entity<OfferedSession>(e =>
        {
            e.ToTable("catalogue_sessions");
            e.HasKey(x => x.SessionId);
            e.Property(x => x.SessionId).ValueGeneratedNever();
            e.Property(x => x.EntryCode).HasMaxLength(32);
            e.Property(x => x.Location).HasMaxLength(300);
            e.Property(x => x.VideoLink).HasMaxLength(500);
            e.Property(x => x.Territory).HasMaxLength(3);
            e.Property(x => x.Theme).HasMaxLength(100);
            // the offer: sessions to come by date, of an entry, of a territory
            e.HasIndex(x => new { x.Start, x.SessionId }).HasFilter("NOT \"Cancelled\"");
            e.HasIndex(x => new { x.EntryCode, x.Start });
            e.HasIndex(x => new { x.Territory, x.Start });
        });
        modelBuilder.Entity<LocalValuation>(e =>
        {
            e.ToTable("catalogue_local_valuations");
            e.HasIndex(x => new { x.EntryCode, x.ScopeKind, x.ScopeValue }).IsUnique();
            e.Property(x => x.EntryCode).HasMaxLength(32);
            e.Property(x => x.ScopeKind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ScopeValue).HasMaxLength(64);
            e.Property(x => x.ForfaitHours).HasPrecision(5, 2);
            e.Property(x => x.MaxHoursPerWeek).HasPrecision(5, 2);
            e.Property(x => x.UpdatedBy).HasMaxLength(128);
        });
        modelBuilder.AddMessagingTables();
        modelBuilder.AddAuditTable();
        modelBuilder.AddIdempotencyTable();
    }
}
