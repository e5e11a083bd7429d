namespace Intensif.Indicators.Api.Domain;

/// <summary>Episodes in progress at the last day of the month (stock at T, numerator of §5 I1).</summary>
public sealed class EpisodesInProgressIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "RPE_IN_PROGRESS", 1, "Intensive episodes in progress",
        Numerator: "# intensive episodes started on or before the last day of the month and not ended on or before it",
        Denominator: null,
        Period: "Monthly stock at the last day of the month",
        Population: "Intensive episodes of the scope (organisme or territory of the episode)",
        Sources: ["IntensiveEpisodeStarted", "IntensiveEpisodeEnded"]);

    public IReadOnlyList<IndicatorCell> Compute(IReadOnlyCollection<IntensiveEpisode> episodes, IReadOnlyList<ReportingMonth> months, Breakdown breakdown) =>
        [.. from g in Groups.Of(episodes, breakdown)
            from m in months
            let n = g.Count(e => e.InProgressAt(m.LastDay))
            select new IndicatorCell(m, g.Key, null, n, n)];
}
