namespace Intensif.IntegrationEvents;

/// <summary>
/// The partner accepted the referral (directly, or from its waitlist when a seat freed): the person holds a seat.
/// Scheduling books the session in the person's programme; Catalogue shows the seats left.
/// </summary>
public sealed record ReferralAccepted(
    Guid EventId, DateTimeOffset OccurredAt, Guid ReferralId, Guid SessionId, Guid StructureId, string OrganismeId,
    Guid BeneficiaryId, string EntryCode, DateTimeOffset SessionStart, DateTimeOffset SessionEnd, int SeatsLeft) : IIntegrationEvent;
