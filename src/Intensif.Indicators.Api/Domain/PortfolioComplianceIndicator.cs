namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 O1: the share of référents whose intensive portfolio exceeds the cap of 50 (MUST-V) at T. Counted over the
/// episodes of the scope, so a pilot's territory sees a référent's portfolio within that territory only.
/// </summary>
public sealed class PortfolioComplianceIndicator : IIndicator
{
    /// <summary>At most 50 persons in intensive accompaniment per référent (MUST-V); local lower caps are not in any event.</summary>
    public const int Cap = 50;

    public IndicatorDefinition Definition { get; } = new(
        "O1_PORTFOLIO_OVER_CAP", 1, "O1", "Share of référents above the intensive portfolio cap", "percent",
        Numerator: $"# référents with more than {Cap} intensive episodes in progress at the last day of the period",
        Denominator: "# référents with at least one intensive episode in progress at that day",
        Period: "Stock at the last day of the month or quarter",
        Population: "Référents of the scope (référent at that day: the last passation, or the one the episode started with); cells rest on the référents",
        Sources: ["IntensiveEpisodeStarted (référent)", "ReferentChanged", "IntensiveEpisodeEnded"],
        Breakdowns: [Breakdown.Organisme.Name, Breakdown.Territory.Name], Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let portfolios = g.Where(e => e.InProgressAt(p.LastDay)).GroupBy(e => data.ReferentOf(e, p.LastDay) ?? Breakdown.Unknown)
                .Where(r => r.Key != Breakdown.Unknown).Select(r => r.Count()).ToList()
            select new IndicatorCell(p, g.Key, null, Rates.Percent(portfolios.Count(n => n > Cap), portfolios.Count), portfolios.Count)];
}
