using System.Text.Json;
using Intensif.Contracts.Api.Infrastructure;

namespace Intensif.Contracts.Api.Apis;

public sealed record AuditEntryResponse(DateTimeOffset At, string Actor, string ActorRole, string Action, string EntityType, Guid EntityId, JsonElement? Before, JsonElement? After)
{
    public static AuditEntryResponse From(AuditEntry a) => new(a.At, a.Actor, a.ActorRole, a.Action, a.EntityType, a.EntityId, Parse(a.Before), Parse(a.After));

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
