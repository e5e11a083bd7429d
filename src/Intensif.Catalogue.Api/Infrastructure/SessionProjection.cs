using Intensif.Catalogue.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Catalogue.Api.Infrastructure;

/// <summary>Applies the Partners service's session events to the catalogue's searchable copy of the sessions.</summary>
public static class SessionProjection
{
    public static async Task DescribeAsync(CatalogueDbContext db, Guid sessionId, SessionDescription description, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var session = await FindOrAddAsync(db, sessionId, cancellationToken);
        session.Describe(description, at);
    }

    public static async Task SeatsChangedAsync(CatalogueDbContext db, Guid sessionId, int seatsLeft, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var session = await FindOrAddAsync(db, sessionId, cancellationToken);
        session.SeatsChanged(seatsLeft, at);
    }

    public static async Task CancelAsync(CatalogueDbContext db, Guid sessionId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var session = await FindOrAddAsync(db, sessionId, cancellationToken);
        session.Cancel(at);
    }

    /// <summary>An event about a session not seen yet (out of order) starts an empty record that later events fill.</summary>
    private static async Task<OfferedSession> FindOrAddAsync(CatalogueDbContext db, Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.SessionId == sessionId, cancellationToken);
        if (session is not null) return session;
        session = OfferedSession.Unknown(sessionId);
        db.Sessions.Add(session);
        return session;
    }
}
