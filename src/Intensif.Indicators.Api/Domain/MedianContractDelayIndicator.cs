namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 O2, median: the median delay in days from the orientation's notification to the contract's signature.</summary>
public sealed class MedianContractDelayIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "O2_MEDIAN_CONTRACT_DELAY", 1, "O2", "Median delay from the orientation's notification to the contract's signature, in days", "days",
        Numerator: "Median of (signature date − notification date of the orientation in force) in days over the contracts signed in the period (mean of the two middle values when even)",
        Denominator: "# contracts signed in the period whose orientation notification date is known",
        Period: "Month or quarter of the signature; no value when no contract was signed",
        Population: "Contrats d'engagement of the scope; contracts whose event carries no notification date are left out; cells rest on the denominator",
        Sources: ["ContractSigned (signature date, orientation notification date, parcours, publics, sex, QPV)"],
        Breakdowns: Breakdown.OfSignedContracts, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in ContractDelayIndicator.SignedWithNotification(data, breakdown)
            from p in periods
            let delays = g.Where(c => p.Contains(c.SignedOn!.Value)).Select(c => c.DelayDays!.Value).ToList()
            select new IndicatorCell(p, g.Key, null, Rates.Median(delays), delays.Count)];
}
