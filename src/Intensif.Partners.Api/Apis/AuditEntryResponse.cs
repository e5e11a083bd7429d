namespace Intensif.Partners.Api.Apis;

/// <summary>One audited write; Before and After are the JSON states (Before is null for a creation).</summary>
public sealed record AuditEntryResponse(
    Guid Id, string Actor, string ActorOrganisation, string ActorRole, DateTimeOffset At,
    string Action, string EntityType, Guid EntityId, string? Before, string? After);
