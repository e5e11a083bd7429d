namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 O6 "over # beneficiaries in intensive accompaniment": the sanctions decided (DECIDED) and the sanctions lifted
/// after remobilisation (LIFTED_AFTER_REMOBILISATION: contract signed or updated, compliance) per 100 persons with an
/// intensive episode during the period. The breach files opened have theirs in <see cref="BreachRateIndicator"/>.
/// </summary>
public sealed class SanctionRatesIndicator : IIndicator
{
    public const string Decided = "DECIDED", LiftedAfterRemobilisation = "LIFTED_AFTER_REMOBILISATION";

    /// <summary>Lift reasons that follow the person's remobilisation (BR-27, BR-28); ENDED is a sanction that ran its length.</summary>
    public static readonly IReadOnlySet<string> RemobilisationReasons = new HashSet<string> { "CONTRACT_SIGNED", "CONTRACT_UPDATED", "COMPLIANCE" };

    public IndicatorDefinition Definition { get; } = new(
        "O6_SANCTION_RATES", 1, "O6", "Sanctions decided and lifted after remobilisation per 100 persons in intensive accompaniment", "per 100 persons",
        Numerator: "100 × # sanctions decided in the period (DECIDED); 100 × # sanctions lifted in the period for CONTRACT_SIGNED, CONTRACT_UPDATED or "
            + "COMPLIANCE (LIFTED_AFTER_REMOBILISATION)",
        Denominator: "# distinct persons with an intensive episode on at least one day of the period, same organisme or territory",
        Period: "Flow over the month or quarter of the decision or lifting",
        Population: "Persons in intensive accompaniment in the scope; cells rest on the denominator",
        Sources: ["SanctionDecided", "SanctionLifted (reason)", "IntensiveEpisodeStarted", "IntensiveEpisodeEnded"],
        Breakdowns: Breakdown.OfContracts, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown)
    {
        var facts = data.BreachFiles.SelectMany(f => new (string Category, DateOnly? Day)[]
                { (Decided, f.DecisionDate), (LiftedAfterRemobilisation, f.LiftReason is { } r && RemobilisationReasons.Contains(r) ? f.LiftedOn : null) }
            .Where(x => x.Day is not null).Select(x => (Key: breakdown.PlaceKeyOf(f.OrganismeId, f.Territory), x.Category, Day: x.Day!.Value))).ToList();
        return [.. from key in data.Episodes.Where(e => e.IsKnownToHaveStarted).Select(e => breakdown.KeyOf(e, data))
                .Concat(data.BreachFiles.Select(f => breakdown.PlaceKeyOf(f.OrganismeId, f.Territory))).Distinct().Order(StringComparer.Ordinal)
            from category in new[] { Decided, LiftedAfterRemobilisation }
            from p in periods
            let persons = data.Episodes.Where(e => e.ActiveDaysIn(p) > 0 && breakdown.Holds(e, data, key)).Select(e => e.PseudonymousBeneficiaryId).Distinct().Count()
            let n = facts.Count(x => x.Key == key && x.Category == category && p.Contains(x.Day))
            select new IndicatorCell(p, key, category, persons == 0 ? null : Math.Round(100m * n / persons, 1, MidpointRounding.AwayFromZero), persons)];
    }
}
