using System.Text.Json;
using System.Text.Json.Serialization;
using Intensif.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace Intensif.ServiceDefaults.Audit;

/// <summary>
/// Scoped: adds <see cref="AuditEntry"/> rows to the request's DbContext, so they commit with the change they
/// describe. States are serialised as the API writes them (web names, enums by name).
/// </summary>
public sealed class AuditTrail<TDbContext>(TDbContext db, CurrentUserAccessor caller, TimeProvider clock) where TDbContext : DbContext
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The JSON an audit entry keeps of a state (null stays null).</summary>
    public static string? Snapshot(object? state) => state is null ? null : JsonSerializer.Serialize(state, Json);

    /// <summary>A write by the caller, now.</summary>
    public void Record(string action, string entityType, Guid entityId, string? stream, object? before, object? after) =>
        RecordAs(AuditActor.Of(caller.User), action, entityType, entityId, stream, before, after);

    /// <summary>A write by the caller, now, in the history of <paramref name="stream"/> (a structure, a person).</summary>
    public void Record(string action, string entityType, Guid entityId, Guid stream, object? before, object? after) =>
        Record(action, entityType, entityId, stream.ToString(), before, after);

    /// <summary>A write by the caller, now, of which only the state after is kept.</summary>
    public void Record(string action, string entityType, Guid entityId, Guid stream, object? after) =>
        Record(action, entityType, entityId, stream.ToString(), null, after);

    /// <summary>A write by the caller, now, in no history but its entity's, of which only the state after is kept.</summary>
    public void Record(string action, string entityType, Guid entityId, object? after) =>
        Record(action, entityType, entityId, null, null, after);

    /// <summary>A write by someone else than the caller (the service itself, a person's link), at <paramref name="at"/> or now.</summary>
    public void RecordAs(AuditActor actor, string action, string entityType, Guid entityId, string? stream, object? before, object? after,
        DateTimeOffset? at = null) =>
        RecordJson(actor, at ?? clock.GetUtcNow(), action, entityType, entityId, stream, Snapshot(before), Snapshot(after));

    /// <summary>The general form: states already serialised, and the version the write produced.</summary>
    public void RecordJson(AuditActor actor, DateTimeOffset at, string action, string entityType, Guid entityId, string? stream,
        string? before, string? after, int? version = null) =>
        Add(db, actor, at, action, entityType, entityId, stream, before, after, version);

    /// <summary>For code that holds a DbContext but no trail (a static step shared by an endpoint and a consumer).</summary>
    public static void RecordAs(TDbContext db, AuditActor actor, DateTimeOffset at, string action, string entityType, Guid entityId,
        string? stream, object? before, object? after) =>
        Add(db, actor, at, action, entityType, entityId, stream, Snapshot(before), Snapshot(after), null);

    private static void Add(TDbContext db, AuditActor actor, DateTimeOffset at, string action, string entityType, Guid entityId,
        string? stream, string? before, string? after, int? version) =>
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            Id = AuditIds.Next(at),
            At = at,
            Actor = actor.Id,
            ActorOrganisation = actor.Organisation,
            ActorRole = actor.Role,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Stream = stream,
            Version = version,
            Before = before,
            After = after,
        });
}
