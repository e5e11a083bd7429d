namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>Who wrote what, when (architecture §4: every write is audited). Satisfaction answers are anonymous: no person here.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }
    public string Actor { get; init; } = "";
    public string ActorOrganisation { get; init; } = "";
    public string ActorRole { get; init; } = "";
    public DateTimeOffset At { get; init; }
    public string Action { get; init; } = "";
    public string EntityType { get; init; } = "";
    public Guid EntityId { get; init; }
    /// <summary>JSON of what the write recorded (never the content of an anonymous answer).</summary>
    public string? After { get; init; }
}
