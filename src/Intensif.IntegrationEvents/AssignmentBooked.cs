namespace Intensif.IntegrationEvents;

/// <summary>
/// An activity was booked into a person's weekly programme (Scheduling): a partner's session (<c>SessionId</c>) or an
/// autonomous activity of the fichier métier, with its planned hours as the catalogue valued them. Pseudonymous ids only.
/// </summary>
public sealed record AssignmentBooked(
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
    Guid? StructureId,
    DateTimeOffset PlannedStart,
    DateTimeOffset PlannedEnd,
    decimal PlannedHours,
    string? Supervision) : IIntegrationEvent;
