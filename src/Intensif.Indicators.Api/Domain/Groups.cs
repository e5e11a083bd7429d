namespace Intensif.Indicators.Api.Domain;

/// <summary>The groups of a breakdown, in a stable order, among episodes whose start is known.</summary>
internal static class Groups
{
    public static IReadOnlyList<IGrouping<string, IntensiveEpisode>> Of(IndicatorData data, Breakdown breakdown) =>
        data.Episodes.Where(e => e.IsKnownToHaveStarted).GroupBy(e => breakdown.KeyOf(e, data))
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

    /// <summary>Every group key present among episodes or contracts (for ratios of the two), in a stable order.</summary>
    public static IReadOnlyList<string> KeysOf(IndicatorData data, Breakdown breakdown) =>
        [.. data.Episodes.Where(e => e.IsKnownToHaveStarted).Select(e => breakdown.KeyOf(e, data))
            .Concat(data.Contracts.Select(c => breakdown.ContractKeyOf!(c)))
            .Distinct().Order(StringComparer.Ordinal)];
}
