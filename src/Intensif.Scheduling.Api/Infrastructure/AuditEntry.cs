namespace Intensif.Scheduling.Api.Infrastructure;

/// <summary>Who changed what, when, with the state after the write (architecture §4: every write is audited).</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }
    /// <summary>The person the change concerns (pseudonymous), so a person's history is one index range.</summary>
    public Guid BeneficiaryId { get; init; }
    public string Actor { get; init; } = "";
    public string ActorOrganisation { get; init; } = "";
    public string ActorRole { get; init; } = "";
    public DateTimeOffset At { get; init; }
    public string Action { get; init; } = "";
    public string EntityType { get; init; } = "";
    public Guid EntityId { get; init; }
    /// <summary>JSON of the state after the write.</summary>
    public string? After { get; init; }
}
