namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I3c: the accompanied share of the realised hours.</summary>
public sealed class AccompaniedShareIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I3C_ACCOMPANIED_SHARE", 1, "I3c", "Accompanied share of realised hours", "percent",
        Numerator: "Σ accompanied realised hours over the closed weeks of the period",
        Denominator: "Σ realised hours over the same weeks (no value when none)",
        Period: "Month or quarter of the week's Thursday (ISO rule)",
        Population: "Closed weeks of the intensive episodes of the scope; cells rest on the person-weeks",
        Sources: ["WeekClosed (accompanied and autonomous hours)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let months = g.SelectMany(data.WeekMonthsOf).Where(m => p.Contains(m.Month)).ToList()
            let weeks = months.Sum(m => m.Weeks)
            let realised = months.Sum(m => m.RealisedHours)
            select new IndicatorCell(p, g.Key, null,
                realised == 0 ? null : Math.Round(100m * months.Sum(m => m.AccompaniedHours) / realised, 1, MidpointRounding.AwayFromZero), weeks)];
}
