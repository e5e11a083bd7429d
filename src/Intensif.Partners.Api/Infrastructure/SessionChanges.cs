using Intensif.Messaging;
using Intensif.Partners.Api.Apis;
using Intensif.Partners.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Infrastructure;

/// <summary>Changes of a session that touch its seats, each under the session's row lock (inside a transaction).</summary>
public sealed class SessionChanges(PartnersDbContext db, IOutbox outbox, AuditTrail audit, Waitlist waitlist, TimeProvider clock)
{
    /// <summary>
    /// Null when the session does not exist or belongs to another structure. <paramref name="ensureVersion"/> sees the
    /// locked session's version before anything changes (the If-Match check).
    /// </summary>
    public async Task<PartnerSession?> RescheduleAsync(Guid structureId, Guid sessionId, SessionPlan plan, Action<uint> ensureVersion, CancellationToken ct)
    {
        var session = await db.LockSessionAsync(sessionId, ct);
        if (session is null || session.StructureId != structureId) return null;
        ensureVersion(session.Version);
        var structure = await db.Structures.AsNoTracking().SingleAsync(s => s.Id == structureId, ct);
        var now = clock.GetUtcNow();
        var before = SessionResponse.From(session);
        // seats a larger capacity frees go to the waitlist first
        if (session.Reschedule(structure, plan, now) > 0) await waitlist.ServeAsync(session, now, ct);
        var after = SessionResponse.From(session);
        audit.Record("session.updated", nameof(PartnerSession), session.Id, structureId, before, after);
        outbox.Enqueue(SessionEvents.Updated(session, now), session.Id.ToString());
        return session;
    }

    public async Task<PartnerSession?> CancelAsync(Guid structureId, Guid sessionId, Action<uint> ensureVersion, CancellationToken ct)
    {
        var session = await db.LockSessionAsync(sessionId, ct);
        if (session is null || session.StructureId != structureId) return null;
        ensureVersion(session.Version);
        var now = clock.GetUtcNow();
        var before = SessionResponse.From(session);
        session.Cancel(now);
        var open = await db.Referrals.Where(r => r.SessionId == sessionId
            && (r.Status == ReferralStatus.PENDING || r.Status == ReferralStatus.WAITLISTED || r.Status == ReferralStatus.ACCEPTED)).ToListAsync(ct);
        foreach (var referral in open)
        {
            var referralBefore = ReferralResponse.From(referral, now);
            if (referral.Cancel("The partner cancelled the session.", now)) session.ReleaseSeat();
            audit.Record("referral.cancelled", nameof(Referral), referral.Id, structureId, referralBefore, ReferralResponse.From(referral, now));
            outbox.Enqueue(ReferralEvents.Cancelled(referral, session, bySessionCancellation: true, now), referral.Id.ToString());
        }
        var after = SessionResponse.From(session);
        audit.Record("session.cancelled", nameof(PartnerSession), session.Id, structureId, before, after);
        outbox.Enqueue(SessionEvents.Cancelled(session, now), session.Id.ToString());
        return session;
    }
}
