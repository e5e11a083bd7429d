namespace Intensif.IntegrationEvents;

/// <summary>A référent oriented a person (pseudonymous id only) to a partner's session, with their consent.</summary>
public sealed record ReferralSent(
    Guid EventId, DateTimeOffset OccurredAt, Guid ReferralId, Guid SessionId, Guid StructureId, string OrganismeId,
    Guid BeneficiaryId, string EntryCode) : IIntegrationEvent;
