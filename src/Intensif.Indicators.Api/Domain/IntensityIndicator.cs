namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I3, intensité: realised hours per closed person-week.</summary>
public sealed class IntensityIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I3_INTENSITY", 1, "I3", "Realised hours per person-week", "hours",
        Numerator: "Σ realised hours over the closed weeks whose Thursday falls in the period",
        Denominator: "# closed person-weeks whose Thursday falls in the period",
        Period: "Month or quarter of the week's Thursday (ISO rule)",
        Population: "Closed weeks of the intensive episodes of the scope; cells rest on the person-weeks",
        Sources: ["WeekClosed", "IntensiveEpisodeStarted (grouping)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let months = g.SelectMany(data.WeekMonthsOf).Where(m => p.Contains(m.Month)).ToList()
            let weeks = months.Sum(m => m.Weeks)
            select new IndicatorCell(p, g.Key, null,
                weeks == 0 ? null : Math.Round(months.Sum(m => m.RealisedHours) / weeks, 1, MidpointRounding.AwayFromZero), weeks)];
}
