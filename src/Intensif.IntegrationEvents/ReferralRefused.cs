namespace Intensif.IntegrationEvents;

/// <summary>The partner refused the referral, with a reason from the configured list.</summary>
public sealed record ReferralRefused(
    Guid EventId, DateTimeOffset OccurredAt, Guid ReferralId, Guid SessionId, Guid StructureId, string OrganismeId,
    Guid BeneficiaryId, string Reason) : IIntegrationEvent;
