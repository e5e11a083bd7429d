namespace Intensif.IntegrationEvents;

/// <summary>A référent scheduled an entretien with a person they follow (at least two a month are due).</summary>
public sealed record InterviewScheduled(
    Guid EventId, DateTimeOffset OccurredAt, Guid InterviewId, string OrganismeId, Guid BeneficiaryId, DateTimeOffset ScheduledAt, string Type)
    : IIntegrationEvent;
