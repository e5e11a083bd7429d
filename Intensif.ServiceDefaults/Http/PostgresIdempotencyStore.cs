using Microsoft.EntityFrameworkCore;

namespace Intensif.ServiceDefaults.Http;

/// <summary>
/// Idempotency-Keys in the service's own PostgreSQL database. The claim is one INSERT … ON CONFLICT DO NOTHING, so two
/// concurrent requests with the same key never both run; a claim left unanswered for <see cref="AbandonedAfter"/>
/// (the process died mid-request) can be taken over.
/// </summary>
public sealed class PostgresIdempotencyStore<TDbContext>(TDbContext db, TimeProvider clock) : IIdempotencyStore
    where TDbContext : DbContext
{
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    public async Task<IdempotencyClaim> ClaimAsync(string scope, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO idempotency_keys (scope, key, request_hash, created_at) VALUES ({scope}, {key}, {requestHash}, {now})
            ON CONFLICT (scope, key) DO NOTHING
            """, cancellationToken);
        if (inserted == 1) return new IdempotencyClaim(IdempotencyOutcome.Claimed);

        var existing = await db.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
        if (existing is null) return await ClaimAsync(scope, key, requestHash, cancellationToken);   // purged or released meanwhile
        if (existing.RequestHash != requestHash) return new IdempotencyClaim(IdempotencyOutcome.Mismatch);
        if (existing.StatusCode is not null) return new IdempotencyClaim(IdempotencyOutcome.Replay, existing);

        var abandonedBefore = now - AbandonedAfter;
        var takenOver = await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE idempotency_keys SET created_at = {now}
            WHERE scope = {scope} AND key = {key} AND status_code IS NULL AND created_at < {abandonedBefore}
            """, cancellationToken);
        return new IdempotencyClaim(takenOver == 1 ? IdempotencyOutcome.Claimed : IdempotencyOutcome.InProgress);
    }

    public Task CompleteAsync(string scope, string key, int statusCode, string? location, string? contentType, byte[] body, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE idempotency_keys SET status_code = {statusCode}, location = {location}, content_type = {contentType}, body = {body}, completed_at = {now}
            WHERE scope = {scope} AND key = {key}
            """, cancellationToken);
    }

    public Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM idempotency_keys WHERE scope = {scope} AND key = {key}", cancellationToken);

    public Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM idempotency_keys WHERE created_at < {olderThan}", cancellationToken);
}
