using System.Text.Json;
using System.Text.Json.Serialization;
using Intensif.ServiceDefaults.Identity;

namespace Intensif.Scheduling.Api.Infrastructure;

/// <summary>Scoped: adds audit entries to the request's DbContext, so they commit with the change they describe.</summary>
public sealed class AuditTrail(SchedulingDbContext db, CurrentUserAccessor caller, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Record(string action, string entityType, Guid entityId, Guid beneficiaryId, object? after)
    {
        var user = caller.User;
        var now = clock.GetUtcNow();
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            BeneficiaryId = beneficiaryId,
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
