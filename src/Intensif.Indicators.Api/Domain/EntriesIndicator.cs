namespace Intensif.Indicators.Api.Domain;

/// <summary>Entrées en accompagnement intensif over a month (Réseau pour l'emploi count; numerator of §5 I1b).</summary>
public sealed class EntriesIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "RPE_ENTRIES", 1, "Entries into intensive accompaniment",
        Numerator: "# intensive episodes whose start date falls in the month",
        Denominator: null,
        Period: "Monthly flow",
        Population: "Intensive episodes of the scope (organisme or territory of the episode)",
        Sources: ["IntensiveEpisodeStarted", "IntensiveEpisodeEnded (carries the start date when it arrives first)"]);

    public IReadOnlyList<IndicatorCell> Compute(IReadOnlyCollection<IntensiveEpisode> episodes, IReadOnlyList<ReportingMonth> months, Breakdown breakdown) =>
        [.. from g in Groups.Of(episodes, breakdown)
            from m in months
            let n = g.Count(e => e.StartedIn(m))
            select new IndicatorCell(m, g.Key, null, n, n)];
}
