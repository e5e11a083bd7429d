using Intensif.Partners.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Infrastructure;

/// <summary>
/// Loads an episode's row under a row lock, so the Started, Extended and Ended consumers (three queues, possibly
/// concurrent) and a co-accompaniment being started apply one after the other. Two first events racing to insert the
/// same episode collide on the primary key; the loser rolls back and MassTransit's retry finds the row.
/// </summary>
public static class EpisodeLocks
{
    public static async Task<IntensiveEpisode> LockOrAddEpisodeAsync(this PartnersDbContext db, Guid episodeId, Func<IntensiveEpisode> create,
        CancellationToken ct)
    {
        var existing = await db.LockEpisodeAsync(episodeId, ct);
        if (existing is not null) return existing;
        var created = create();
        db.Episodes.Add(created);
        return created;
    }

    public static Task<IntensiveEpisode?> LockEpisodeAsync(this PartnersDbContext db, Guid episodeId, CancellationToken ct) =>
        db.Episodes.FromSqlInterpolated($"""SELECT * FROM intensive_episodes WHERE "EpisodeId" = {episodeId} FOR UPDATE""").SingleOrDefaultAsync(ct);
}
