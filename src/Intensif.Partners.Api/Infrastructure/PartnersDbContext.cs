using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Persistence;
using Intensif.Messaging;
using Intensif.Partners.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Infrastructure;

public sealed class PartnersDbContext(DbContextOptions<PartnersDbContext> options) : DbContext(options)
{
    public DbSet<PartnerStructure> Structures => Set<PartnerStructure>();
    public DbSet<PartnerSession> Sessions => Set<PartnerSession>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<StructureMember> Members => Set<StructureMember>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<IntensiveEpisode> Episodes => Set<IntensiveEpisode>();
    public DbSet<CoAccompaniment> CoAccompaniments => Set<CoAccompaniment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PartnerStructure>(s =>
        {
            s.ToTable("partner_structures");
            s.HasIndex(x => x.Siret).IsUnique();
            s.Property(x => x.Name).HasMaxLength(200);
            s.Property(x => x.Siret).HasMaxLength(14);
            s.Property(x => x.Type).HasMaxLength(32);
            s.Property(x => x.RegisteredBy).HasMaxLength(128);
            s.Property(x => x.Contacts).HasJsonConversion();
            s.Property(x => x.Conventions).HasJsonConversion();
            s.Property(x => x.Version).IsRowVersion();   // PostgreSQL xmin: the ETag, and a concurrent write fails
            // directory search: "structures of territory 34", "structures on theme MOBILITE"
            s.HasIndex(x => x.Territories).HasMethod("gin");
            s.HasIndex(x => x.Themes).HasMethod("gin");
        });
        modelBuilder.Entity<PartnerSession>(s =>
        {
            // the last line of defence against overselling, whatever the code does
            s.ToTable("partner_sessions", t => t.HasCheckConstraint("CK_partner_sessions_seats", "\"SeatsLeft\" >= 0 AND \"SeatsLeft\" <= \"Capacity\""));
            s.HasIndex(x => new { x.StructureId, x.Start });
            s.HasIndex(x => new { x.Territory, x.Start });
            s.Property(x => x.EntryCode).HasMaxLength(40);
            s.Property(x => x.Location).HasMaxLength(300);
            s.Property(x => x.VideoLink).HasMaxLength(500);
            s.Property(x => x.Territory).HasMaxLength(3);
            s.Property(x => x.Theme).HasMaxLength(32);
            s.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            s.Ignore(x => x.SeatsTaken);
            s.Property(x => x.Version).IsRowVersion();
        });
        modelBuilder.Entity<Referral>(r =>
        {
            r.ToTable("referrals");
            r.HasIndex(x => new { x.SessionId, x.Status });
            r.HasIndex(x => new { x.StructureId, x.SentAt });
            r.HasIndex(x => new { x.OrganismeId, x.SentAt });
            r.HasIndex(x => x.ExpiresAt).HasFilter("\"Status\" = 'PENDING'");
            r.Property(x => x.OrganismeId).HasMaxLength(128);
            r.Property(x => x.ReferentId).HasMaxLength(128);
            r.Property(x => x.ReferentName).HasMaxLength(200);
            r.Property(x => x.PersonName).HasMaxLength(120);
            r.Property(x => x.PersonContact).HasMaxLength(200);
            r.Property(x => x.AccessibilityNeeds).HasMaxLength(500);
            r.Property(x => x.Motive).HasMaxLength(1000);
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            r.Property(x => x.RefusalReason).HasMaxLength(64);
            r.Property(x => x.Comment).HasMaxLength(1000);
            r.Ignore(x => x.IsOpen);
        });
        modelBuilder.Entity<StructureMember>(m =>
        {
            m.ToTable("structure_members");
            // one membership per person and structure; the membership check of every partner call reads this index
            m.HasIndex(x => new { x.StructureId, x.Subject }).IsUnique();
            m.Property(x => x.Subject).HasMaxLength(128);
            m.Property(x => x.Name).HasMaxLength(200);
            m.Property(x => x.Email).HasMaxLength(200);
            m.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
            m.Ignore(x => x.IsAdmin);
        });
        modelBuilder.Entity<Invitation>(i =>
        {
            i.ToTable("invitations");
            i.HasIndex(x => x.SecretHash).IsUnique();
            i.HasIndex(x => new { x.StructureId, x.CreatedAt });
            i.Property(x => x.Email).HasMaxLength(200);
            i.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
            i.Property(x => x.SecretHash).HasMaxLength(64);
            i.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            i.Property(x => x.InvitedBy).HasMaxLength(128);
            i.Property(x => x.AcceptedBy).HasMaxLength(128);
        });
        modelBuilder.Entity<IntensiveEpisode>(e =>
        {
            e.ToTable("intensive_episodes");
            e.HasKey(x => x.EpisodeId);
            e.Property(x => x.EpisodeId).ValueGeneratedNever();
            e.Property(x => x.OrganismeId).HasMaxLength(128);
            e.Ignore(x => x.IsOpen);
        });
        modelBuilder.Entity<CoAccompaniment>(c =>
        {
            c.ToTable("co_accompaniments");
            // one active co-accompaniment per partner and episode, whatever concurrent requests do
            c.HasIndex(x => new { x.EpisodeId, x.StructureId }).IsUnique().HasFilter("\"Status\" = 'ACTIVE'");
            c.HasIndex(x => new { x.StructureId, x.CreatedAt });
            c.HasIndex(x => new { x.OrganismeId, x.CreatedAt });
            c.Property(x => x.OrganismeId).HasMaxLength(128);
            c.Property(x => x.ReferentId).HasMaxLength(128);
            c.Property(x => x.ReferentName).HasMaxLength(200);
            c.Property(x => x.PersonName).HasMaxLength(120);
            c.Property(x => x.PersonContact).HasMaxLength(200);
            c.Property(x => x.Role).HasMaxLength(32);
            c.Property(x => x.Objective).HasMaxLength(1000);
            c.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            c.Property(x => x.EndReason).HasMaxLength(40);
        });
        modelBuilder.AddMessagingTables();
        modelBuilder.AddAuditTable();
        modelBuilder.AddIdempotencyTable();
    }
}
