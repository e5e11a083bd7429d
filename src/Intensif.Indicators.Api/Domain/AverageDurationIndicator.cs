namespace Intensif.Indicators.Api.Domain;

/// <summary>Average duration of the episodes ended in the period (§5 I2, mean; Réseau pour l'emploi "durée moyenne").</summary>
public sealed class AverageDurationIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "RPE_AVERAGE_DURATION", 1, "I2", "Average duration of ended intensive episodes, in days", "days",
        Numerator: "Σ (end date − start date) in days over the intensive episodes ended in the period",
        Denominator: "# intensive episodes ended in the period",
        Period: "Month or quarter of the end date (§5: quarterly); no value when no episode ended",
        Population: "Ended intensive episodes of the scope (organisme or territory of the episode)",
        Sources: ["IntensiveEpisodeEnded (start date, end date)", "IntensiveEpisodeStarted"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let durations = g.Where(e => e.EndedIn(p)).Select(e => e.DurationDays!.Value).ToList()
            select new IndicatorCell(p, g.Key, null, Rates.Mean(durations), durations.Count)];
}
