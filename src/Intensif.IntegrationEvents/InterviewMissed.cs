namespace Intensif.IntegrationEvents;

/// <summary>The person did not come to an entretien, with or without a legitimate reason. Pseudonymous ids only.</summary>
public sealed record InterviewMissed(
    Guid EventId, DateTimeOffset OccurredAt, Guid InterviewId, string OrganismeId, Guid BeneficiaryId, DateTimeOffset ScheduledAt, string Type,
    bool Justified)
    : IIntegrationEvent;
