using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>
/// Loads a referral under a row lock (as <see cref="ProjectionLocks"/> does for the other projections), so its events
/// apply one after the other; two first events racing to insert collide on the key and MassTransit's retry finds the row.
/// </summary>
public static class PartnerReferralRows
{
    public static async Task<PartnerReferral> LockOrAddReferralAsync(this IndicatorsDbContext db, Guid referralId, Guid sessionId, Guid structureId,
        string organismeId, CancellationToken cancellationToken) =>
        await db.Set<PartnerReferral>().FromSql($"""select * from partner_referrals where "ReferralId" = {referralId} for update""")
            .SingleOrDefaultAsync(cancellationToken)
        ?? db.Set<PartnerReferral>().Add(PartnerReferral.Known(referralId, sessionId, structureId, organismeId)).Entity;
}
