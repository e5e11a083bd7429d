using Intensif.Partners.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Infrastructure;

/// <summary>The DB-level guarantee behind seats and the waitlist under concurrency; see docs/partners.md.</summary>
public static class SessionLock
{
    /// <summary>
    /// Reads the session with <c>SELECT … FOR UPDATE</c>: every change of its seats, and every transition of a referral
    /// to it, holds this row lock until commit, so they run one after the other and each sees the previous one's result.
    /// </summary>
    public static Task<PartnerSession?> LockSessionAsync(this PartnersDbContext db, Guid sessionId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("The session lock needs a transaction.");
        return db.Sessions.FromSqlInterpolated($"""SELECT *, xmin FROM partner_sessions WHERE "Id" = {sessionId} FOR UPDATE""").SingleOrDefaultAsync(ct);
    }
}
