using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Intensif.Messaging.Outbox;

/// <summary>
/// Wakes the relay when a SaveChanges wrote outbox rows: pg_notify right after the save. Inside an explicit
/// transaction the notification is delivered at commit (and never on rollback); otherwise EF has already committed.
/// This is only a wake-up call: the relay also polls, so a missed notification delays, never loses.
/// </summary>
internal sealed class OutboxNotifyInterceptor : SaveChangesInterceptor
{
    public const string Channel = "intensif_outbox";

    // one interceptor instance serves every context: remember per context whether its save carries outbox rows
    private readonly ConditionalWeakTable<DbContext, object> _pending = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _pending.Remove(db))
            await db.Database.ExecuteSqlRawAsync($"select pg_notify('{Channel}', '')", cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db && _pending.Remove(db))
            db.Database.ExecuteSqlRaw($"select pg_notify('{Channel}', '')");
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Remember(DbContext? db)
    {
        if (db is not null && db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
            _pending.AddOrUpdate(db, this);
    }

    private void Forget(DbContext? db)
    {
        if (db is not null) _pending.Remove(db);
    }
}
