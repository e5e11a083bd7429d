using Microsoft.EntityFrameworkCore;

namespace Intensif.ServiceDefaults.Audit;

public static class AuditModelBuilderExtensions
{
    /// <summary>
    /// Adds audit_entries to a service's model (its own migration creates or aligns it): the history of a stream, or of
    /// an entity, is one index range in write order.
    /// </summary>
    public static ModelBuilder AddAuditTable(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(a =>
        {
            a.ToTable("audit_entries");
            a.Property(x => x.Sequence).UseIdentityAlwaysColumn();
            a.Property(x => x.Actor).HasMaxLength(128);
            a.Property(x => x.ActorOrganisation).HasMaxLength(128);
            a.Property(x => x.ActorRole).HasMaxLength(32);
            a.Property(x => x.Action).HasMaxLength(64);
            a.Property(x => x.EntityType).HasMaxLength(64);
            a.Property(x => x.Stream).HasMaxLength(64);
            a.Property(x => x.Before).HasColumnType("jsonb");
            a.Property(x => x.After).HasColumnType("jsonb");
            a.HasIndex(x => new { x.Stream, x.Sequence });
            a.HasIndex(x => new { x.EntityId, x.Sequence });
        });
        return modelBuilder;
    }
}
