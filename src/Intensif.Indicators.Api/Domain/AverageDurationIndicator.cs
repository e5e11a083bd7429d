namespace Intensif.Indicators.Api.Domain;

/// <summary>Average duration of the episodes ended in the month (§5 I2, mean; Réseau pour l'emploi "durée moyenne").</summary>
public sealed class AverageDurationIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "RPE_AVERAGE_DURATION", 1, "Average duration of ended intensive episodes, in days",
        Numerator: "Σ (end date − start date) in days over the intensive episodes ended in the month",
        Denominator: "# intensive episodes ended in the month",
        Period: "Monthly, by month of the end date; no value when no episode ended",
        Population: "Ended intensive episodes of the scope (organisme or territory of the episode)",
        Sources: ["IntensiveEpisodeEnded (start date, end date)", "IntensiveEpisodeStarted"]);

    public IReadOnlyList<IndicatorCell> Compute(IReadOnlyCollection<IntensiveEpisode> episodes, IReadOnlyList<ReportingMonth> months, Breakdown breakdown) =>
        [.. from g in Groups.Of(episodes, breakdown)
            from m in months
            let durations = g.Where(e => e.EndedIn(m)).Select(e => e.DurationDays!.Value).ToList()
            select new IndicatorCell(m, g.Key, null,
                durations.Count == 0 ? null : Math.Round((decimal)durations.Sum() / durations.Count, 1), durations.Count)];
}
