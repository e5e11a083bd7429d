using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>Scheduling's copy of partner sessions, and the assignments that follow a session when it moves or is cancelled.</summary>
internal static class SessionProjection
{
    public static async Task DescribeAsync(SchedulingDbContext db, Guid sessionId, Guid structureId, string entryCode, DateTimeOffset start,
        DateTimeOffset end, string? location, string territory, string theme, int capacity, int seatsLeft, DateTimeOffset occurredAt,
        CancellationToken cancellationToken)
    {
        var session = await FindOrAddAsync(db, sessionId, structureId, entryCode, cancellationToken);
        if (!session.Describe(entryCode, start, end, location, territory, theme, capacity, seatsLeft, occurredAt)) return;
        foreach (var assignment in await db.Assignments.Where(a => a.SessionId == sessionId).ToListAsync(cancellationToken))
            assignment.FollowSession(session.Start, session.End, occurredAt);
    }

    public static async Task CancelAsync(SchedulingDbContext db, Guid sessionId, Guid structureId, string entryCode, DateTimeOffset start,
        string territory, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var session = await FindOrAddAsync(db, sessionId, structureId, entryCode, cancellationToken);
        session.Cancel(start, territory, occurredAt);
        foreach (var assignment in await db.Assignments.Where(a => a.SessionId == sessionId).ToListAsync(cancellationToken))
            assignment.CancelByProvider(occurredAt);
    }

    private static async Task<PartnerSessionCopy> FindOrAddAsync(SchedulingDbContext db, Guid sessionId, Guid structureId, string entryCode,
        CancellationToken cancellationToken)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.SessionId == sessionId, cancellationToken);
        if (session is not null) return session;
        session = PartnerSessionCopy.Unknown(sessionId, structureId, entryCode);
        db.Sessions.Add(session);
        return session;
    }
}
