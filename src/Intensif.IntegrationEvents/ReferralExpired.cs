namespace Intensif.IntegrationEvents;

/// <summary>The partner did not answer the referral within the configured number of days.</summary>
public sealed record ReferralExpired(
    Guid EventId, DateTimeOffset OccurredAt, Guid ReferralId, Guid SessionId, Guid StructureId, string OrganismeId,
    Guid BeneficiaryId) : IIntegrationEvent;
