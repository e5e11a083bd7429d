using System.Text.Json;
using System.Text.Json.Serialization;
using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Infrastructure;

/// <summary>
/// Audits what a person does through their personal access link: there is no token, so the actor is the link
/// (<c>access-link:{id}</c>, role <c>beneficiary</c>, the link's organisme), never its secret.
/// </summary>
internal static class PersonAuditTrail
{
    public const string Role = "beneficiary";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static void Record(SchedulingDbContext db, PersonAccessLink link, string action, string entityType, Guid entityId, object after,
        DateTimeOffset now) =>
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            BeneficiaryId = link.BeneficiaryId,
            Actor = $"access-link:{link.Id}",
            ActorOrganisation = link.OrganismeId,
            ActorRole = Role,
            At = now,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            After = JsonSerializer.Serialize(after, Json),
        });
}
