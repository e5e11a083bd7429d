namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I2b: the share of ended episodes that ran past the planned end they started with.</summary>
public sealed class ExceededPlannedDurationIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I2B_EXCEEDED_PLANNED_DURATION", 1, "I2b", "Share of ended episodes exceeding their first planned duration", "percent",
        Numerator: "# episodes ended in the period whose end date is after their first planned end date",
        Denominator: "# episodes ended in the period whose first planned end date is known",
        Period: "Month or quarter of the end date (§5: quarterly)",
        Population: "Ended intensive episodes of the scope",
        Sources: ["IntensiveEpisodeStarted (first planned end)", "IntensiveEpisodeExtended", "IntensiveEpisodeEnded"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let ended = g.Where(e => e.EndedIn(p) && e.InitialPlannedEndDate is not null).ToList()
            let exceeded = ended.Count(e => e.EndedOn > e.InitialPlannedEndDate)
            select new IndicatorCell(p, g.Key, null, Rates.Percent(exceeded, ended.Count), ended.Count)];
}
