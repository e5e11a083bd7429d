using Intensif.ServiceDefaults.Time;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// A référent's orientation of a person to a partner's session (§3.10) and what the partner made of it (O5): each
/// <c>Referral*</c> event records its own outcome, so they commute. A referral known only from a later event counts
/// once its <c>ReferralSent</c> gives the day it was sent. Pseudonymous: no person id is kept.
/// </summary>
public sealed class PartnerReferral
{
    public Guid ReferralId { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid StructureId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string EntryCode { get; private set; } = "";
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? RefusedAt { get; private set; }
    public string? RefusalReason { get; private set; }
    public DateTimeOffset? ExpiredAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }

    private PartnerReferral() { }

    public static PartnerReferral Known(Guid referralId, Guid sessionId, Guid structureId, string organismeId) =>
        new() { ReferralId = referralId, SessionId = sessionId, StructureId = structureId, OrganismeId = organismeId };

    public void ApplySent(string entryCode, DateTimeOffset occurredAt) => (EntryCode, SentAt) = (entryCode, occurredAt);

    /// <summary>Accepted directly or from the waitlist; a later cancellation does not undo that it was accepted.</summary>
    public void ApplyAccepted(string entryCode, DateTimeOffset occurredAt)
    {
        if (EntryCode == "") EntryCode = entryCode;
        AcceptedAt = occurredAt;
    }

    public void ApplyRefused(string reason, DateTimeOffset occurredAt) => (RefusalReason, RefusedAt) = (reason, occurredAt);

    public void ApplyExpired(DateTimeOffset occurredAt) => ExpiredAt = occurredAt;

    public void ApplyCancelled(DateTimeOffset occurredAt) => CancelledAt = occurredAt;

    public bool Accepted => AcceptedAt is not null;
    public bool Refused => RefusedAt is not null;
    public bool Expired => ExpiredAt is not null;
    public bool Cancelled => CancelledAt is not null;

    /// <summary>The partner decided (accepted or refused) or let it expire: the acceptance rate's denominator.</summary>
    public bool Answered => Accepted || Refused || Expired;

    /// <summary>The day it was sent (Europe/Paris), the period it counts in; null until <c>ReferralSent</c> arrives.</summary>
    public DateOnly? Day => SentAt is { } s ? ParisTime.DayOf(s) : null;

}
