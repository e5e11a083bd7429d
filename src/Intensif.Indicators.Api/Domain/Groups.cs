namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// The groups of a breakdown, in a stable order, among episodes whose start is known. An episode of several publics is
/// in each of their groups.
/// </summary>
internal static class Groups
{
    public static IReadOnlyList<IGrouping<string, IntensiveEpisode>> Of(IndicatorData data, Breakdown breakdown) =>
        data.Episodes.Where(e => e.IsKnownToHaveStarted).SelectMany(e => breakdown.KeysOf(e, data), (e, key) => (e, key)).GroupBy(x => x.key, x => x.e)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

    /// <summary>Every group key present among episodes or contracts (for ratios of the two), in a stable order.</summary>
    public static IReadOnlyList<string> KeysOf(IndicatorData data, Breakdown breakdown) =>
        [.. data.Episodes.Where(e => e.IsKnownToHaveStarted).SelectMany(e => breakdown.KeysOf(e, data))
            .Concat(data.Contracts.SelectMany(breakdown.KeysOf))
            .Distinct().Order(StringComparer.Ordinal)];
}
