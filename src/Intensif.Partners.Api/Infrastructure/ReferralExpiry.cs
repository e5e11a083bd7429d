using Intensif.Messaging;
using Intensif.Partners.Api.Apis;
using Intensif.Partners.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Infrastructure;

/// <summary>
/// Writes down the expiry of pending referrals past their deadline and publishes ReferralExpired. Reads already show
/// them EXPIRED; this makes it durable and tells the other services. One transaction per session, under its lock.
/// </summary>
public sealed class ReferralExpiry(PartnersDbContext db, IOutbox outbox, AuditTrail audit, TimeProvider clock)
{
    public async Task<int> ExpireDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var sessions = await db.Referrals.AsNoTracking().Where(r => r.Status == ReferralStatus.PENDING && r.ExpiresAt <= now)
            .Select(r => r.SessionId).Distinct().ToListAsync(ct);
        var expired = 0;
        foreach (var sessionId in sessions)
            expired += await db.InTransactionAsync(async () =>
            {
                await db.LockSessionAsync(sessionId, ct);
                var due = await db.Referrals.Where(r => r.SessionId == sessionId && r.Status == ReferralStatus.PENDING && r.ExpiresAt <= now).ToListAsync(ct);
                foreach (var referral in due)
                {
                    var before = ReferralResponse.From(referral, now);
                    referral.Expire(now);
                    audit.RecordAs(AuditActor.System("system", "partners"), "referral.expired", nameof(Referral), referral.Id, referral.StructureId.ToString(),
                        before, ReferralResponse.From(referral, now));
                    outbox.Enqueue(ReferralEvents.Expired(referral, now), referral.Id.ToString());
                }
                return due.Count;
            }, ct);
        return expired;
    }
}
