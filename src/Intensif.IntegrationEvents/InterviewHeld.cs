namespace Intensif.IntegrationEvents;

/// <summary>An entretien took place; it counts toward the at-least-two-a-month rule (SR-02). Pseudonymous ids only.</summary>
public sealed record InterviewHeld(
    Guid EventId, DateTimeOffset OccurredAt, Guid InterviewId, string OrganismeId, Guid BeneficiaryId, DateTimeOffset ScheduledAt, string Type)
    : IIntegrationEvent;
