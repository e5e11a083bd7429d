namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 O6, "# decisions by measure and rate": the sanctions decided in the period, one category per measure and rate
/// (<c>SUSPENSION:30</c>, for a suspension of 30 % of the benefit).
/// </summary>
public sealed class SanctionsByRateIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "O6_DECISIONS_BY_RATE", 1, "O6", "Sanctions decided, by measure and rate", "count",
        Numerator: "# sanctions decided in the period (decision date), one category per measure and rate in percent of the benefit, as <measure>:<rate>",
        Denominator: null,
        Period: "Flow over the month or quarter of the decision",
        Population: "Breach files of the scope (organisme or territory of the file) with a decision",
        Sources: ["SanctionDecided (measure, rate)"],
        Breakdowns: Breakdown.OfContracts, Additive: true) { AdditiveOverTime = true };

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        SanctionActivityIndicator.Counts(data, periods, breakdown, f => f.Measure is null || f.DecisionDate is null
            ? []
            : [($"{f.Measure}:{f.RatePercent}", f.DecisionDate.Value)]);
}
