using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// Loads an episode's projection row under a row lock, so the Started, Extended and Ended consumers (three queues,
/// possibly concurrent) apply one after the other. Two first events racing to insert the same episode collide on
/// the primary key; the loser's transaction rolls back and MassTransit's retry finds the row.
/// </summary>
public static class EpisodeLocks
{
    public static async Task<IntensiveEpisode> LockOrAddAsync(this IndicatorsDbContext db, Guid episodeId,
        Func<IntensiveEpisode> create, CancellationToken cancellationToken)
    {
        var existing = await db.IntensiveEpisodes
            .FromSql($"""select * from intensive_episodes where "EpisodeId" = {episodeId} for update""")
            .SingleOrDefaultAsync(cancellationToken);
        if (existing is not null) return existing;
        var created = create();
        db.IntensiveEpisodes.Add(created);
        return created;
    }
}
