using System.Text.Json;
using Intensif.ServiceDefaults.Identity;

namespace Intensif.Partners.Api.Infrastructure;

/// <summary>Scoped: adds audit entries to the request's DbContext, so they commit with the change they describe.</summary>
public sealed class AuditTrail(PartnersDbContext db, CurrentUserAccessor caller, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Record(string action, string entityType, Guid entityId, Guid structureId, object? before, object? after) =>
        Record(caller.User.Subject, caller.User.Organisation, caller.User.Role, action, entityType, entityId, structureId, before, after);

    /// <summary>A write made by the service itself (e.g. the expiry sweep), recorded under a system actor.</summary>
    public void RecordSystem(string action, string entityType, Guid entityId, Guid structureId, object? before, object? after) =>
        Record("system", "partners", "system", action, entityType, entityId, structureId, before, after);

    private void Record(string actor, string organisation, string role, string action, string entityType, Guid entityId, Guid structureId, object? before, object? after)
    {
        var now = clock.GetUtcNow();
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            StructureId = structureId,
            Actor = actor,
            ActorOrganisation = organisation,
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
