namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 O7: référent changes (passations) during intensive episodes per 100 person-months.</summary>
public sealed class ReferentChangeRateIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "O7_REFERENT_CHANGES", 1, "O7", "Référent changes per 100 person-months of intensive accompaniment", "per 100 person-months",
        Numerator: "100 × # passations taking effect in the period during an intensive episode",
        Denominator: "# (episode, calendar month) pairs of the period with at least one day in the episode",
        Period: "Month or quarter of the passation's effective date",
        Population: "Intensive episodes of the scope; cells rest on the person-months",
        Sources: ["ReferentChanged (in intensive episode)", "IntensiveEpisodeStarted", "IntensiveEpisodeEnded"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let personMonths = (from e in g from m in p.Months() where e.ActiveDaysIn(m) > 0 select e).Count()
            let changes = g.Sum(e => data.ChangesOf(e).Count(c => p.Contains(c.EffectiveDate)))
            select new IndicatorCell(p, g.Key, null,
                personMonths == 0 ? null : Math.Round(100m * changes / personMonths, 1, MidpointRounding.AwayFromZero), personMonths)];
}
