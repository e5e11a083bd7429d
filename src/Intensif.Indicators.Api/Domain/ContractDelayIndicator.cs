namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 O2: the share of contrats d'engagement signed within one month of the orientation's notification (BR-09).</summary>
public sealed class ContractDelayIndicator : IIndicator
{
    /// <summary>BR-09: the contract is signed within one month of the notification of the orientation decision.</summary>
    public const int DeadlineMonths = 1;

    public IndicatorDefinition Definition { get; } = new(
        "O2_CONTRACT_DELAY", 1, "O2", "Share of contracts signed within one month of the orientation's notification", "percent",
        Numerator: "# contracts signed in the period at most one calendar month after the notification of the orientation in force (a réorientation restarts the clock)",
        Denominator: "# contracts signed in the period whose orientation notification date is known",
        Period: "Month or quarter of the signature",
        Population: "Contrats d'engagement of the scope (organisme or territory of the contract); contracts whose event carries no notification date are left out; cells rest on the denominator",
        Sources: ["ContractSigned (signature date, orientation notification date, parcours, publics, sex, QPV)"],
        Breakdowns: Breakdown.OfSignedContracts, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in SignedWithNotification(data, breakdown)
            from p in periods
            let signed = g.Where(c => p.Contains(c.SignedOn!.Value)).ToList()
            let inTime = signed.Count(c => c.SignedOn <= c.OrientationNotifiedOn!.Value.AddMonths(DeadlineMonths))
            select new IndicatorCell(p, g.Key, null, Rates.Percent(inTime, signed.Count), signed.Count)];

    /// <summary>Signed contracts whose notification date is known, by group (a contract of several publics is in each).</summary>
    internal static IReadOnlyList<IGrouping<string, ContractSpell>> SignedWithNotification(IndicatorData data, Breakdown breakdown) =>
        data.Contracts.Where(c => c.SignedOn is not null && c.OrientationNotifiedOn is not null)
            .SelectMany(breakdown.KeysOf, (c, key) => (c, key)).GroupBy(x => x.key, x => x.c)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
}
