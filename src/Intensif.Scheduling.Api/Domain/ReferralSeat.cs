namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// A seat in a Partners session held by a person through an accepted referral (ReferralAccepted), until the referral is
/// cancelled (ReferralCancelled). Seats of Partners sessions belong to Partners: Scheduling books such a session only
/// for a person holding one (409 <c>seat-not-held</c> otherwise). <see cref="AssignmentId"/> is the assignment booked
/// from it, null when the person had no programme to place it in yet (the référent then books it directly).
/// </summary>
public sealed class ReferralSeat
{
    public Guid ReferralId { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid BeneficiaryId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public Guid? AssignmentId { get; private set; }
    public bool Held { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }

    private ReferralSeat() { }

    public static ReferralSeat Accepted(Guid referralId, Guid sessionId, Guid beneficiaryId, string organismeId, DateTimeOffset occurredAt) =>
        new() { ReferralId = referralId, SessionId = sessionId, BeneficiaryId = beneficiaryId, OrganismeId = organismeId, Held = true, ChangedAt = occurredAt };

    /// <summary>A cancellation that arrived before the acceptance: the acceptance, when it comes, holds nothing.</summary>
    public static ReferralSeat CancelledFirst(Guid referralId, Guid sessionId, Guid beneficiaryId, string organismeId, DateTimeOffset occurredAt) =>
        new() { ReferralId = referralId, SessionId = sessionId, BeneficiaryId = beneficiaryId, OrganismeId = organismeId, Held = false, ChangedAt = occurredAt };

    public void PlacedIn(Guid assignmentId) => AssignmentId = assignmentId;

    public void Release(DateTimeOffset occurredAt)
    {
        Held = false;
        ChangedAt = occurredAt;
    }
}
