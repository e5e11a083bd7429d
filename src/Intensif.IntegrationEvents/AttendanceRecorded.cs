namespace Intensif.IntegrationEvents;

/// <summary>
/// What happened to a programmed activity (Scheduling): <c>Status</c> DONE, ABSENT_JUSTIFIED or ABSENT_UNJUSTIFIED,
/// the valued <c>RealisedHours</c> (0 for an absence) and who declared it (PARTNER, REFERENT, BENEFICIARY).
/// </summary>
public sealed record AttendanceRecorded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid AssignmentId,
    string OrganismeId,
    string Territory,
    Guid BeneficiaryId,
    Guid EpisodeId,
    string IsoWeek,
    string EntryCode,
    Guid? SessionId,
    string Status,
    decimal RealisedHours,
    string DeclaredBy) : IIntegrationEvent;
