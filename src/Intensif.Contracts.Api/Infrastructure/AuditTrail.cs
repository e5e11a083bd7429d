using System.Text.Json;
using System.Text.Json.Serialization;
using Intensif.ServiceDefaults.Identity;

namespace Intensif.Contracts.Api.Infrastructure;

/// <summary>Scoped: adds audit entries to the request's DbContext, so they commit with the change they describe.</summary>
public sealed class AuditTrail(ContractsDbContext db, CurrentUserAccessor caller, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Record(string action, string entityType, Guid entityId, string organismeId, object? before, object? after)
    {
        var user = caller.User;
        Add(db, user.Subject, user.Role, clock.GetUtcNow(), action, entityType, entityId, organismeId, before, after);
    }

    /// <summary>A write the platform made by itself, from another service's event (no caller): the actor is <paramref name="actor"/>.</summary>
    public static void RecordSystem(ContractsDbContext db, string actor, DateTimeOffset now, string action, string entityType, Guid entityId,
        string organismeId, object? before, object? after) =>
        Add(db, actor, "system", now, action, entityType, entityId, organismeId, before, after);

    private static void Add(ContractsDbContext db, string actor, string role, DateTimeOffset now, string action, string entityType, Guid entityId,
        string organismeId, object? before, object? after)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            OrganismeId = organismeId,
            Actor = actor,
            ActorRole = role,
            At = now,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
    }
}
