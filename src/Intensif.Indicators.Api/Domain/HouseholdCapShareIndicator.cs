namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 O6 (§3.16 <c>householdCapApplied</c>): the share of the sanctions decided in the period to which the RSA household
/// cap applied (BR-29).
/// </summary>
public sealed class HouseholdCapShareIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "O6_HOUSEHOLD_CAP_SHARE", 1, "O6", "Share of sanctions decided with the RSA household cap applied", "percent",
        Numerator: "# sanctions decided in the period (decision date) to which the household cap applied",
        Denominator: "# sanctions decided in the period whose household cap is known (decisions projected before it was are left out)",
        Period: "Flow over the month or quarter of the decision",
        Population: "Breach files of the scope (organisme or territory of the file) with a decision; cells rest on the decisions",
        Sources: ["SanctionDecided (HouseholdCapApplied)"],
        Breakdowns: Breakdown.OfContracts, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown)
    {
        var decisions = data.BreachFiles.Where(f => f.DecisionDate is not null && f.HouseholdCapApplied is not null)
            .Select(f => (Key: breakdown.PlaceKeyOf(f.OrganismeId, f.Territory), Day: f.DecisionDate!.Value, Capped: f.HouseholdCapApplied!.Value)).ToList();
        return [.. from key in decisions.Select(d => d.Key).Distinct().Order(StringComparer.Ordinal)
            from p in periods
            let inPeriod = decisions.Where(d => d.Key == key && p.Contains(d.Day)).ToList()
            select new IndicatorCell(p, key, null, Rates.Percent(inPeriod.Count(d => d.Capped), inPeriod.Count), inPeriod.Count)];
    }
}
