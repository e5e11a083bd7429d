namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I1b, entry rate: intensive entries of the period over the contracts in force during it.</summary>
public sealed class EntryRateIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I1B_ENTRY_RATE", 1, "I1b", "Entries into intensive accompaniment per contract in force", "percent",
        Numerator: "# intensive episodes started in the period",
        Denominator: "# contrats d'engagement in force on at least one day of the period, same organisme or territory",
        Period: "Flow over the month or quarter",
        Population: "Contracts of the scope; cells rest on the denominator",
        Sources: ["ContractSigned", "ContractClosed", "IntensiveEpisodeStarted"],
        Breakdowns: Breakdown.OfSignedContracts, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from key in Groups.KeysOf(data, breakdown)
            from p in periods
            let entries = data.Episodes.Count(e => e.StartedIn(p) && breakdown.Holds(e, data, key))
            let contracts = data.Contracts.Count(c => c.InForceDuring(p) && breakdown.KeysOf(c).Contains(key))
            select new IndicatorCell(p, key, null, Rates.Percent(entries, contracts), contracts)];
}
