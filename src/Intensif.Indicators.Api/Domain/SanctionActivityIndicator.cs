namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 O6, sanction activity: breach files opened, sanctions decided by measure, sanctions lifted, per period.</summary>
public sealed class SanctionActivityIndicator : IIndicator
{
    public const string Opened = "OPENED", Lifted = "LIFTED", DecidedPrefix = "DECIDED_";

    public IndicatorDefinition Definition { get; } = new(
        "O6_SANCTION_ACTIVITY", 1, "O6", "Breach files opened, sanctions decided by measure, sanctions lifted", "count",
        Numerator: "# breach files opened (detection date in the period) as OPENED; # sanctions decided in the period as DECIDED_<measure>; # sanctions lifted in the period as LIFTED",
        Denominator: null,
        Period: "Flow over the month or quarter of each date",
        Population: "Breach files of the scope (organisme or territory of the file)",
        Sources: ["BreachFileOpened", "SanctionDecided (measure)", "SanctionLifted"],
        Breakdowns: Breakdown.OfContracts, Additive: true) { AdditiveOverTime = true };

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        Counts(data, periods, breakdown, f => new (string Category, DateOnly? Day)[]
                { (Opened, f.DetectedOn), (DecidedPrefix + f.Measure, f.Measure is null ? null : f.DecisionDate), (Lifted, f.LiftedOn) }
            .Where(e => e.Day is not null).Select(e => (e.Category, e.Day!.Value)));

    /// <summary>Per place, category and period: how many of the breach files' dated facts (<paramref name="facts"/>) fall in it.</summary>
    internal static IReadOnlyList<IndicatorCell> Counts(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown,
        Func<BreachFile, IEnumerable<(string Category, DateOnly Day)>> facts)
    {
        var events = data.BreachFiles.SelectMany(f => facts(f).Select(e => (Key: breakdown.PlaceKeyOf(f.OrganismeId, f.Territory), e.Category, e.Day))).ToList();
        return [.. from key in events.Select(e => e.Key).Distinct().Order(StringComparer.Ordinal)
            from category in events.Where(e => e.Key == key).Select(e => e.Category).Distinct().Order(StringComparer.Ordinal)
            from p in periods
            let n = events.Count(e => e.Key == key && e.Category == category && p.Contains(e.Day))
            select new IndicatorCell(p, key, category, n, n)];
    }
}
