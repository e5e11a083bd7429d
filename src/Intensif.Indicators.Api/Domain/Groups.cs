namespace Intensif.Indicators.Api.Domain;

/// <summary>The groups of a breakdown, in a stable order, among episodes whose start is known.</summary>
internal static class Groups
{
    public static IReadOnlyList<IGrouping<string, IntensiveEpisode>> Of(IEnumerable<IntensiveEpisode> episodes, Breakdown breakdown) =>
        episodes.Where(e => e.IsKnownToHaveStarted).GroupBy(breakdown.KeyOf).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
}
