namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I2, median: the median length of the episodes ended in the period (the mean is RPE_AVERAGE_DURATION).</summary>
public sealed class MedianDurationIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I2_MEDIAN_DURATION", 1, "I2", "Median duration of ended intensive episodes, in days", "days",
        Numerator: "Median of (end date − start date) in days over the intensive episodes ended in the period (mean of the two middle values when even)",
        Denominator: "# intensive episodes ended in the period",
        Period: "Month or quarter of the end date (§5: quarterly); no value when no episode ended",
        Population: "Ended intensive episodes of the scope",
        Sources: ["IntensiveEpisodeEnded (start date, end date)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let durations = g.Where(e => e.EndedIn(p)).Select(e => e.DurationDays!.Value).ToList()
            select new IndicatorCell(p, g.Key, null, Rates.Median(durations), durations.Count)];
}
