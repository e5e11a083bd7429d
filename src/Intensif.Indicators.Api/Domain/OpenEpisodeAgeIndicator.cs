namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I2, companion: the mean age of the episodes still open at T.</summary>
public sealed class OpenEpisodeAgeIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I2_OPEN_EPISODE_AGE", 1, "I2", "Mean age of the intensive episodes in progress, in days", "days",
        Numerator: "Σ (last day of the period − start date) in days over the episodes in progress at that day",
        Denominator: "# intensive episodes in progress at the last day of the period",
        Period: "Stock at the last day of the month or quarter",
        Population: "Intensive episodes in progress in the scope",
        Sources: ["IntensiveEpisodeStarted", "IntensiveEpisodeEnded"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let ages = g.Where(e => e.InProgressAt(p.LastDay)).Select(e => p.LastDay.DayNumber - e.StartDate!.Value.DayNumber).ToList()
            select new IndicatorCell(p, g.Key, null, Rates.Mean(ages), ages.Count)];
}
