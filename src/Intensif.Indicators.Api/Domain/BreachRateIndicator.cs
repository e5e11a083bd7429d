namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 O6, relative: breach files opened per 100 persons in intensive accompaniment during the period.</summary>
public sealed class BreachRateIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "O6_BREACH_RATE", 1, "O6", "Breach files opened per 100 persons in intensive accompaniment", "per 100 persons",
        Numerator: "100 × # breach files opened (detection date in the period)",
        Denominator: "# distinct persons with an intensive episode on at least one day of the period, same organisme or territory",
        Period: "Flow over the month or quarter",
        Population: "Persons in intensive accompaniment in the scope; cells rest on the denominator",
        Sources: ["BreachFileOpened", "IntensiveEpisodeStarted", "IntensiveEpisodeEnded"],
        Breakdowns: Breakdown.OfContracts, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from key in data.Episodes.Where(e => e.IsKnownToHaveStarted).Select(e => breakdown.KeyOf(e, data))
                .Concat(data.BreachFiles.Select(f => breakdown.PlaceKeyOf(f.OrganismeId, f.Territory))).Distinct().Order(StringComparer.Ordinal)
            from p in periods
            let persons = data.Episodes.Where(e => e.ActiveDaysIn(p) > 0 && breakdown.Holds(e, data, key)).Select(e => e.PseudonymousBeneficiaryId).Distinct().Count()
            let opened = data.BreachFiles.Count(f => f.DetectedOn is { } d && p.Contains(d) && breakdown.PlaceKeyOf(f.OrganismeId, f.Territory) == key)
            select new IndicatorCell(p, key, null, persons == 0 ? null : Math.Round(100m * opened / persons, 1, MidpointRounding.AwayFromZero), persons)];
}
