namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I1, prévalence: the share of persons under a contrat d'engagement who are in intensive accompaniment at T.</summary>
public sealed class PrevalenceIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I1_PREVALENCE", 1, "I1", "Share of persons under contract who are in intensive accompaniment", "percent",
        Numerator: "# distinct persons with an intensive episode in progress at the last day of the period",
        Denominator: "# distinct persons with a contrat d'engagement in force (signed, not closed) at that day, same organisme or territory",
        Period: "Stock at the last day of the month or quarter",
        Population: "Persons under contract in the scope; cells rest on the denominator",
        Sources: ["ContractSigned", "ContractClosed", "IntensiveEpisodeStarted", "IntensiveEpisodeEnded"],
        Breakdowns: Breakdown.OfSignedContracts, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from key in Groups.KeysOf(data, breakdown)
            from p in periods
            let intensive = data.Episodes.Where(e => e.InProgressAt(p.LastDay) && breakdown.Holds(e, data, key))
                .Select(e => e.PseudonymousBeneficiaryId).Distinct().Count()
            let underContract = data.Contracts.Where(c => c.InForceAt(p.LastDay) && breakdown.KeysOf(c).Contains(key))
                .Select(c => c.BeneficiaryId).Distinct().Count()
            select new IndicatorCell(p, key, null, Rates.Percent(intensive, underContract), underContract)];
}
