namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I3b: the share of closed person-weeks whose realised hours reach the target of the plan.</summary>
public sealed class TargetAttainmentIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I3B_TARGET_ATTAINMENT", 1, "I3b", "Share of person-weeks reaching their target hours", "percent",
        Numerator: "# closed person-weeks of the period with realised hours ≥ target hours",
        Denominator: "# closed person-weeks whose Thursday falls in the period",
        Period: "Month or quarter of the week's Thursday (ISO rule)",
        Population: "Closed weeks of the intensive episodes of the scope; cells rest on the person-weeks",
        Sources: ["WeekClosed (target frozen at closure)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let months = g.SelectMany(data.WeekMonthsOf).Where(m => p.Contains(m.Month)).ToList()
            let weeks = months.Sum(m => m.Weeks)
            select new IndicatorCell(p, g.Key, null, Rates.Percent(months.Sum(m => m.WeeksReachingTarget), weeks), weeks)];
}
