using System.Text.Json;
using Intensif.ServiceDefaults.Identity;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>Scoped: adds audit entries to the request's DbContext, so they commit with the change they describe.</summary>
public sealed class AuditTrail(IndicatorsDbContext db, CurrentUserAccessor caller, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Record(string action, string entityType, Guid entityId, object? after)
    {
        var user = caller.User;
        var now = clock.GetUtcNow();
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            Actor = user.Subject,
            ActorOrganisation = user.Organisation,
            ActorRole = user.Role,
            At = now,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
    }
}
