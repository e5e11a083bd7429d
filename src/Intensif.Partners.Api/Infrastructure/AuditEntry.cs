namespace Intensif.Partners.Api.Infrastructure;

/// <summary>Who changed what, when, with the state before and after (architecture §4: every write is audited).</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }
    /// <summary>The structure the change concerns, so a structure's history is one index range.</summary>
    public Guid StructureId { get; init; }
    public string Actor { get; init; } = "";
    public string ActorOrganisation { get; init; } = "";
    public string ActorRole { get; init; } = "";
    public DateTimeOffset At { get; init; }
    public string Action { get; init; } = "";
    public string EntityType { get; init; } = "";
    public Guid EntityId { get; init; }
    /// <summary>JSON of the state before the write (null for a creation).</summary>
    public string? Before { get; init; }
    /// <summary>JSON of the state after the write.</summary>
    public string? After { get; init; }
}
