namespace Intensif.Indicators.Api.Domain;

/// <summary>Entrées en accompagnement intensif over a period (Réseau pour l'emploi count; numerator of §5 I1b).</summary>
public sealed class EntriesIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "RPE_ENTRIES", 1, "RPE", "Entries into intensive accompaniment", "count",
        Numerator: "# intensive episodes whose start date falls in the period",
        Denominator: null,
        Period: "Flow over the month or quarter",
        Population: "Intensive episodes of the scope (organisme or territory of the episode)",
        Sources: ["IntensiveEpisodeStarted", "IntensiveEpisodeEnded (carries the start date when it arrives first)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: true) { AdditiveOverTime = true };

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let n = g.Count(e => e.StartedIn(p))
            select new IndicatorCell(p, g.Key, null, n, n)];
}
