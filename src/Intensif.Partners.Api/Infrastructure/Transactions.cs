using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Infrastructure;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the retrying execution strategy, then saves and commits.
    /// Each attempt starts from an empty change tracker, so a retried attempt never writes twice; a rule violation
    /// thrown by the work rolls everything back.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this PartnersDbContext db, Func<Task<T>> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        });
}
