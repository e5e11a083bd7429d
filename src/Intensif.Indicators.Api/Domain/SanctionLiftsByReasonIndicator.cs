namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 O6, "# lifted after remobilisation": the sanctions lifted in the period, one category per lift reason.
/// CONTRACT_SIGNED, CONTRACT_UPDATED and COMPLIANCE are lifts after remobilisation (BR-27, BR-28); ENDED is a sanction
/// that ran its decided length.
/// </summary>
public sealed class SanctionLiftsByReasonIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "O6_LIFTS_BY_REASON", 1, "O6", "Sanctions lifted, by reason (remobilisation or end of the sanction)", "count",
        Numerator: "# sanctions lifted in the period (lifting date), one category per lift reason: CONTRACT_SIGNED, CONTRACT_UPDATED and COMPLIANCE "
            + "are lifts after remobilisation, ENDED a sanction that ran its decided length",
        Denominator: null,
        Period: "Flow over the month or quarter of the lifting",
        Population: "Breach files of the scope (organisme or territory of the file) whose sanction was lifted",
        Sources: ["SanctionLifted (reason)"],
        Breakdowns: Breakdown.OfContracts, Additive: true) { AdditiveOverTime = true };

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        SanctionActivityIndicator.Counts(data, periods, breakdown, f => f.LiftedOn is null ? [] : [(f.LiftReason ?? "UNKNOWN", f.LiftedOn.Value)]);
}
