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
        var now = clock.GetUtcNow();
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            OrganismeId = organismeId,
            Actor = user.Subject,
            ActorRole = user.Role,
            At = now,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
    }
}
