using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Infrastructure;

/// <summary>
/// Audits what a person does through their personal access link: there is no token, so the actor is the link
/// (<c>access-link:{id}</c>, role <c>beneficiary</c>, the link's organisme), never its secret.
/// </summary>
internal static class PersonAuditTrail
{
    public const string Role = "beneficiary";

    public static void Record(SchedulingDbContext db, PersonAccessLink link, string action, string entityType, Guid entityId, object after,
        DateTimeOffset now) =>
        AuditTrail.RecordAs(db, new AuditActor($"access-link:{link.Id}", link.OrganismeId, Role), now, action, entityType, entityId,
            link.BeneficiaryId.ToString(), null, after);
}
