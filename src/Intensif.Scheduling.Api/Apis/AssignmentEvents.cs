using Intensif.IntegrationEvents;
using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>The integration events of an assignment; pseudonymous ids only.</summary>
internal static class AssignmentEvents
{
    public static AssignmentBooked Booked(Assignment a, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, a.Id, a.OrganismeId, a.Territory, a.BeneficiaryId, a.EpisodeId, a.Week, a.EntryCode, a.SessionId,
            a.StructureId, a.PlannedStart, a.PlannedEnd, a.PlannedHours, a.Supervision);

    public static AttendanceRecorded Recorded(Assignment a, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, a.Id, a.OrganismeId, a.Territory, a.BeneficiaryId, a.EpisodeId, a.Week, a.EntryCode, a.SessionId,
            a.Status.ToString(), a.RealisedHours ?? 0, a.DeclaredBy!.Value.ToString());
}
