using Intensif.Contracts.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Infrastructure;

/// <summary>The DB-level guarantee behind the portfolio cap (BR-14) under concurrency; see docs/contracts.md.</summary>
public static class PortfolioLock
{
    /// <summary>
    /// Locks the référent's portfolio row until the current transaction ends, then counts their active episodes.
    /// The upsert takes the row lock even when two transactions create the row at once; the count is a new statement,
    /// so under READ COMMITTED it sees every episode committed by the previous holder of the lock.
    /// </summary>
    public static async Task<int> LockAndCountAsync(this ContractsDbContext db, string organismeId, string referentId, DateTimeOffset now, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("The portfolio lock needs a transaction.");
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO referent_portfolios ("OrganismeId", "ReferentId", "LastAssignmentAt") VALUES ({organismeId}, {referentId}, {now})
            ON CONFLICT ("OrganismeId", "ReferentId") DO UPDATE SET "LastAssignmentAt" = EXCLUDED."LastAssignmentAt"
            """, ct);
        return await db.IntensiveEpisodes.CountAsync(
            e => e.OrganismeId == organismeId && e.ReferentId == referentId && e.Status == EpisodeStatus.ACTIVE, ct);
    }
}
