using Intensif.Messaging;
using Intensif.Partners.Api.Apis;
using Intensif.Partners.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Infrastructure;

/// <summary>Serves free seats of a locked session to its waitlist, first come first served.</summary>
public sealed class Waitlist(PartnersDbContext db, IOutbox outbox, AuditTrail audit)
{
    public async Task ServeAsync(PartnerSession session, DateTimeOffset now, CancellationToken ct)
    {
        if (session.Status != SessionStatus.SCHEDULED || session.SeatsLeft == 0) return;
        var waiting = await db.Referrals.Where(r => r.SessionId == session.Id && r.Status == ReferralStatus.WAITLISTED)
            .OrderBy(r => r.WaitlistedAt).ThenBy(r => r.Id).Take(session.SeatsLeft).ToListAsync(ct);
        foreach (var referral in waiting)
        {
            var before = ReferralResponse.From(referral, now);
            referral.PromoteFromWaitlist(session, now);
            audit.Record("referral.promoted-from-waitlist", nameof(Referral), referral.Id, referral.StructureId, before, ReferralResponse.From(referral, now));
            outbox.Enqueue(ReferralEvents.Accepted(referral, session, now), referral.Id.ToString());
        }
    }
}
