using Intensif.Messaging;
using Intensif.Partners.Api.Apis;
using Intensif.Partners.Api.Domain;
using Intensif.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intensif.Partners.Api.Infrastructure;

/// <summary>
/// The transitions of a referral. Each runs inside a transaction and first locks the referral's session row, so
/// seat-taking, the waitlist and concurrent answers to one referral are serialised per session (docs/partners.md).
/// </summary>
public sealed class ReferralFlow(PartnersDbContext db, IOutbox outbox, AuditTrail audit, Waitlist waitlist, TimeProvider clock, IOptions<ReferralOptions> options)
{
    /// <summary>Null when the session is not one the caller can see.</summary>
    public async Task<ReferralResponse?> SendAsync(SendReferralRequest request, string organismeId, string referentId, string referentName, CancellationToken ct)
    {
        var session = await db.LockSessionAsync(request.SessionId!.Value, ct);
        if (session is null) return null;
        var structure = await db.Structures.AsNoTracking().SingleAsync(s => s.Id == session.StructureId, ct);
        var now = clock.GetUtcNow();
        if (await db.Referrals.AnyAsync(r => r.SessionId == session.Id && r.BeneficiaryId == request.BeneficiaryId
                && (r.Status == ReferralStatus.ACCEPTED || r.Status == ReferralStatus.WAITLISTED || (r.Status == ReferralStatus.PENDING && r.ExpiresAt > now)), ct))
            throw new RuleViolationException("already-referred", "The person already has an open referral to this session.");
        var referral = Referral.Send(session, structure, organismeId, referentId, referentName, request.ToPerson(), request.Motive,
            request.ConsentGiven!.Value, now, options.Value.ResponseDelay);
        db.Referrals.Add(referral);
        var after = ReferralResponse.From(referral, now);
        audit.Record("referral.sent", nameof(Referral), referral.Id, referral.StructureId, null, after);
        outbox.Enqueue(ReferralEvents.Sent(referral, session, now), referral.Id.ToString());
        return after;
    }

    /// <summary>The partner's answer: a seat, or the waitlist when full. An expired referral is written down as such and refused.</summary>
    public Task<ReferralDecision> AcceptAsync(Guid structureId, Guid referralId, CancellationToken ct) =>
        DecideAsync(structureId, referralId, (referral, session, now) =>
        {
            referral.Accept(session, now);
            if (referral.Status == ReferralStatus.ACCEPTED) outbox.Enqueue(ReferralEvents.Accepted(referral, session, now), referral.Id.ToString());
            return "referral.accepted";
        }, ct);

    public Task<ReferralDecision> RefuseAsync(Guid structureId, Guid referralId, string reason, string? comment, CancellationToken ct) =>
        DecideAsync(structureId, referralId, (referral, _, now) =>
        {
            referral.Refuse(reason, comment, now);
            outbox.Enqueue(ReferralEvents.Refused(referral, now), referral.Id.ToString());
            return "referral.refused";
        }, ct);

    /// <summary>The sending organisme withdraws its referral; a seat it held goes to the head of the waitlist.</summary>
    public async Task<ReferralDecision> CancelAsync(string organismeId, Guid referralId, string? comment, CancellationToken ct)
    {
        var found = await db.Referrals.AsNoTracking().Where(r => r.Id == referralId && r.OrganismeId == organismeId).Select(r => (Guid?)r.SessionId).SingleOrDefaultAsync(ct);
        if (found is not { } sessionId) return ReferralDecision.NotFound;
        var session = (await db.LockSessionAsync(sessionId, ct))!;
        var referral = await db.Referrals.SingleAsync(r => r.Id == referralId, ct);
        var now = clock.GetUtcNow();
        if (referral.IsDueToExpireAt(now)) return ExpireNow(referral, now);
        var before = ReferralResponse.From(referral, now);
        if (referral.Cancel(comment, now)) session.ReleaseSeat();
        await waitlist.ServeAsync(session, now, ct);
        audit.Record("referral.cancelled", nameof(Referral), referral.Id, referral.StructureId, before, ReferralResponse.From(referral, now));
        outbox.Enqueue(ReferralEvents.Cancelled(referral, session, bySessionCancellation: false, now), referral.Id.ToString());
        return ReferralDecision.Done(ReferralResponse.From(referral, now));
    }

    private async Task<ReferralDecision> DecideAsync(Guid structureId, Guid referralId, Func<Referral, PartnerSession, DateTimeOffset, string> decide, CancellationToken ct)
    {
        var found = await db.Referrals.AsNoTracking().Where(r => r.Id == referralId && r.StructureId == structureId).Select(r => (Guid?)r.SessionId).SingleOrDefaultAsync(ct);
        if (found is not { } sessionId) return ReferralDecision.NotFound;
        var session = (await db.LockSessionAsync(sessionId, ct))!;
        // read after the lock: under READ COMMITTED this sees the answer of whoever held the lock before
        var referral = await db.Referrals.SingleAsync(r => r.Id == referralId, ct);
        var now = clock.GetUtcNow();
        if (referral.IsDueToExpireAt(now)) return ExpireNow(referral, now);
        var before = ReferralResponse.From(referral, now);
        var action = decide(referral, session, now);
        audit.Record(action, nameof(Referral), referral.Id, referral.StructureId, before, ReferralResponse.From(referral, now));
        return ReferralDecision.Done(ReferralResponse.From(referral, now));
    }

    /// <summary>Writes down an expiry found on an answer, which then fails with referral-expired (the expiry itself commits).</summary>
    private ReferralDecision ExpireNow(Referral referral, DateTimeOffset now)
    {
        var before = ReferralResponse.From(referral, now);
        referral.Expire(now);
        audit.Record("referral.expired", nameof(Referral), referral.Id, referral.StructureId, before, ReferralResponse.From(referral, now));
        outbox.Enqueue(ReferralEvents.Expired(referral, now), referral.Id.ToString());
        return ReferralDecision.Expired;
    }

}
