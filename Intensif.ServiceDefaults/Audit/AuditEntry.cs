namespace Intensif.ServiceDefaults.Audit;

/// <summary>
/// One audited write (architecture §4): who, when, what, and the state before and after as JSON. Every service keeps
/// these rows in its own audit_entries table (<see cref="AuditModelBuilderExtensions.AddAuditTable"/>), written by
/// <see cref="AuditTrail{TDbContext}"/> inside the transaction of the change they describe.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }
    /// <summary>Write order, given by the database (an identity): entries of one instant still read in the order they were written.</summary>
    public long Sequence { get; private set; }
    public DateTimeOffset At { get; init; }
    public string Actor { get; init; } = "";
    public string ActorOrganisation { get; init; } = "";
    public string ActorRole { get; init; } = "";
    /// <summary>e.g. contract.signed, referral.expired, entry.published.</summary>
    public string Action { get; init; } = "";
    public string EntityType { get; init; } = "";
    public Guid EntityId { get; init; }
    /// <summary>
    /// The history the entry belongs to, read in <see cref="Sequence"/> order: an organisme (Contracts), a structure
    /// (Partners), a person (Scheduling), an entry code (Catalogue); null when a service reads none (Indicators).
    /// </summary>
    public string? Stream { get; init; }
    /// <summary>The version of the entity this write produced, for entities whose versions are their audit (catalogue entries).</summary>
    public int? Version { get; init; }
    /// <summary>JSON of the state before the write (null for a creation).</summary>
    public string? Before { get; init; }
    /// <summary>JSON of the state after the write.</summary>
    public string? After { get; init; }
}
