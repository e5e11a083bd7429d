using Intensif.ServiceDefaults.Problems;

namespace Intensif.Partners.Api.Domain;

/// <summary>
/// A référent orients a person to a partner's session (BR-08), with the person's consent. PENDING until the partner
/// accepts (a seat, or the waitlist when full), refuses with a reason, or lets it expire; see docs/partners.md.
/// </summary>
public sealed class Referral
{
    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid StructureId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string ReferentId { get; private set; } = "";
    public string ReferentName { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    public string PersonName { get; private set; } = "";
    public string? PersonContact { get; private set; }
    public string? AccessibilityNeeds { get; private set; }
    public string? Motive { get; private set; }
    /// <summary>When the référent recorded the person's consent to share these data with the structure.</summary>
    public DateTimeOffset ConsentRecordedAt { get; private set; }
    public ReferralStatus Status { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? WaitlistedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RefusalReason { get; private set; }
    public string? Comment { get; private set; }

    private Referral() { }

    public static Referral Send(PartnerSession session, PartnerStructure structure, string organismeId, string referentId, string referentName,
        ReferredPerson person, string? motive, bool consentGiven, DateTimeOffset now, TimeSpan responseDelay)
    {
        if (!consentGiven)
            throw new RuleViolationException("consent-required", "The person's consent to share these data with the structure must be recorded.");
        if (!structure.DataSharingAgreementSigned)
            throw new RuleViolationException("data-sharing-agreement-missing", "The structure has not signed the data-sharing agreement; no personal data can be sent to it.");
        if (!session.IsOpenAt(now))
            throw new RuleViolationException("session-not-open", "The session is cancelled or has started.");
        return new Referral
        {
            Id = Guid.CreateVersion7(now),
            SessionId = session.Id,
            StructureId = session.StructureId,
            OrganismeId = organismeId,
            ReferentId = referentId,
            ReferentName = referentName,
            BeneficiaryId = person.BeneficiaryId,
            PersonName = person.DisplayName.Trim(),
            PersonContact = person.Contact,
            AccessibilityNeeds = person.AccessibilityNeeds,
            Motive = motive,
            ConsentRecordedAt = now,
            Status = ReferralStatus.PENDING,
            SentAt = now,
            ExpiresAt = now + responseDelay,
        };
    }

    /// <summary>A pending referral nobody answered in time is expired, whether or not the sweep has written it yet.</summary>
    public bool IsDueToExpireAt(DateTimeOffset now) => Status == ReferralStatus.PENDING && now >= ExpiresAt;

    public ReferralStatus StatusAt(DateTimeOffset now) => IsDueToExpireAt(now) ? ReferralStatus.EXPIRED : Status;

    public bool IsOpen => Status is ReferralStatus.PENDING or ReferralStatus.WAITLISTED or ReferralStatus.ACCEPTED;

    /// <summary>Takes a seat of the session, or joins its waitlist when it is full. The session must be locked.</summary>
    public void Accept(PartnerSession session, DateTimeOffset now)
    {
        EnsurePendingAt(now);
        if (session.TryTakeSeat()) Status = ReferralStatus.ACCEPTED;
        else { Status = ReferralStatus.WAITLISTED; WaitlistedAt = now; }
        DecidedAt = now;
    }

    /// <summary>The head of the waitlist takes the seat that just freed. The session must be locked.</summary>
    public void PromoteFromWaitlist(PartnerSession session, DateTimeOffset now)
    {
        if (Status != ReferralStatus.WAITLISTED || !session.TryTakeSeat())
            throw new InvalidOperationException("Only a waitlisted referral takes a free seat.");
        Status = ReferralStatus.ACCEPTED;
        DecidedAt = now;
    }

    public void Refuse(string reason, string? comment, DateTimeOffset now)
    {
        if (Status != ReferralStatus.WAITLISTED) EnsurePendingAt(now);
        Status = ReferralStatus.REFUSED;
        RefusalReason = reason;
        Comment = comment;
        DecidedAt = now;
    }

    public void Expire(DateTimeOffset now)
    {
        if (!IsDueToExpireAt(now)) throw new InvalidOperationException("Only a pending referral past its deadline expires.");
        Status = ReferralStatus.EXPIRED;
        DecidedAt = now;
    }

    /// <summary>Withdraws the referral; true when it held a seat, which the caller releases to the waitlist.</summary>
    public bool Cancel(string? comment, DateTimeOffset now)
    {
        if (!IsOpen) throw new RuleViolationException("referral-closed", $"The referral is already {Status}.");
        var heldSeat = Status == ReferralStatus.ACCEPTED;
        Status = ReferralStatus.CANCELLED;
        Comment = comment;
        DecidedAt = now;
        return heldSeat;
    }

    private void EnsurePendingAt(DateTimeOffset now)
    {
        if (IsDueToExpireAt(now) || Status == ReferralStatus.EXPIRED)
            throw new RuleViolationException("referral-expired", "The referral expired before the structure answered.");
        if (Status != ReferralStatus.PENDING)
            throw new RuleViolationException("referral-not-pending", $"The referral is already {Status}.");
    }
}
