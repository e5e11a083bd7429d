using Intensif.Scheduling.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Infrastructure;

/// <summary>The DB-level guarantee behind the shared calendar's seats and waitlist; see docs/scheduling.md.</summary>
public static class SharedEventLock
{
    /// <summary>
    /// Reads the event with <c>SELECT … FOR UPDATE</c>: every booking, cancellation, capacity change and promotion of
    /// one event holds this row lock until commit, so they run one after the other and each sees the previous one's seats.
    /// </summary>
    public static Task<SharedEvent?> LockEventAsync(this SchedulingDbContext db, Guid eventId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("The event lock needs a transaction.");
        return db.Set<SharedEvent>().FromSqlInterpolated($"""SELECT * FROM calendar_events WHERE "Id" = {eventId} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);
    }
}
