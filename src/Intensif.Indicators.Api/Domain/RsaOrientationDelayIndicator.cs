namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 O3: the share of RSA orientations decided within six weeks of the RSA request (BR-10).</summary>
public sealed class RsaOrientationDelayIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "O3_RSA_ORIENTATION_DELAY", 1, "O3", "Share of RSA orientations decided within six weeks of the RSA request", "percent",
        Numerator: $"# RSA orientations decided in the period at most {Orientation.RsaDeadlineDays} days after the RSA request",
        Denominator: "# RSA orientations decided in the period: first orientations whose event carries an RSA request date (réorientations and orientations without one are left out)",
        Period: "Month or quarter of the decision",
        Population: "Orientation decisions to an organisme of the scope (organisme référent oriented to, or its territory); cells rest on the denominator",
        Sources: ["OrientationDecided (decision date, RSA request date, réorientation, parcours)"],
        Breakdowns: [Breakdown.Organisme.Name, Breakdown.Territory.Name, Breakdown.Parcours.Name], Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in data.Orientations.Where(o => o.IsRsaOrientation).GroupBy(o => KeyOf(o, breakdown)).OrderBy(g => g.Key, StringComparer.Ordinal)
            from p in periods
            let decided = g.Where(o => p.Contains(o.DecisionDate)).ToList()
            let inTime = decided.Count(o => o.RsaDelayDays <= Orientation.RsaDeadlineDays)
            select new IndicatorCell(p, g.Key, null, Rates.Percent(inTime, decided.Count), decided.Count)];

    private static string KeyOf(Orientation orientation, Breakdown breakdown) =>
        breakdown.Name == Breakdown.Parcours.Name ? orientation.Parcours : breakdown.PlaceKeyOf(orientation.OrganismeId, orientation.Territory);
}
