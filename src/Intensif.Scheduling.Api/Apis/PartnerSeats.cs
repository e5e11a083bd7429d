using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// Seats of Partners sessions belong to Partners: Scheduling books a Partners session only for a person holding a seat
/// through an accepted referral (ReferralAccepted). Planning it as a proposal stays allowed.
/// </summary>
internal static class PartnerSeats
{
    /// <summary>The seat the person holds in the Partners session, or 409 <c>seat-not-held</c>.</summary>
    public static async Task<ReferralSeat> EnsureHeldAsync(SchedulingDbContext db, Guid beneficiaryId, Guid sessionId, CancellationToken cancellationToken) =>
        await db.Set<ReferralSeat>().Where(s => s.BeneficiaryId == beneficiaryId && s.SessionId == sessionId && s.Held)
            .OrderByDescending(s => s.ChangedAt).FirstOrDefaultAsync(cancellationToken)
        ?? throw new RuleViolationException("seat-not-held",
            "The person holds no seat in this partner session: send a referral through POST /api/partners/referrals; "
            + "once the partner accepts it, the session is booked in the programme. Planning it as a proposal (booked: false) is allowed.");

    public static Task<bool> IsPartnerSessionAsync(SchedulingDbContext db, Guid? sessionId, CancellationToken cancellationToken) =>
        sessionId is { } id ? db.Sessions.AnyAsync(s => s.SessionId == id, cancellationToken) : Task.FromResult(false);
}
