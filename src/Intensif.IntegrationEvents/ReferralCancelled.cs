namespace Intensif.IntegrationEvents;

/// <summary>
/// The référent withdrew the referral, or the partner cancelled its session. A seat it held is freed (and served to
/// the waitlist first); SeatsLeft is the session's count after that.
/// </summary>
public sealed record ReferralCancelled(
    Guid EventId, DateTimeOffset OccurredAt, Guid ReferralId, Guid SessionId, Guid StructureId, string OrganismeId,
    Guid BeneficiaryId, bool BySessionCancellation, int SeatsLeft) : IIntegrationEvent;
