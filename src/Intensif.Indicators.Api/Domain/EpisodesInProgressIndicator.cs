namespace Intensif.Indicators.Api.Domain;

/// <summary>Episodes in progress at the last day of the period (stock at T, numerator of §5 I1).</summary>
public sealed class EpisodesInProgressIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "RPE_IN_PROGRESS", 1, "RPE", "Intensive episodes in progress", "count",
        Numerator: "# intensive episodes started on or before the last day of the period and not ended on or before it",
        Denominator: null,
        Period: "Stock at the last day of the month or quarter",
        Population: "Intensive episodes of the scope (organisme or territory of the episode)",
        Sources: ["IntensiveEpisodeStarted", "IntensiveEpisodeEnded"],
        Breakdowns: Breakdown.OfEpisodes, Additive: true);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let n = g.Count(e => e.InProgressAt(p.LastDay))
            select new IndicatorCell(p, g.Key, null, n, n)];
}
