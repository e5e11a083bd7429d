using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.IntegrationEvents;

/// <summary>Finds an episode of the projection, or starts it from what an event that arrived first says about it.</summary>
internal static class EpisodeProjection
{
    public static async Task<IntensiveEpisode> FindOrAddAsync(SchedulingDbContext db, Guid episodeId, Func<IntensiveEpisode> known,
        CancellationToken cancellationToken)
    {
        var episode = await db.Episodes.SingleOrDefaultAsync(e => e.EpisodeId == episodeId, cancellationToken);
        if (episode is not null) return episode;
        episode = known();
        db.Episodes.Add(episode);
        return episode;
    }
}
