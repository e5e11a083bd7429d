namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 I6, persistance des freins: among the barriers weighing (FORT or MOYEN) at entry of the persons who exited in the
/// period, the share still weighing at exit; one category per barrier type and one for all. The entry diagnostic is the
/// last version dated on or before the start of the episode (else its first version). I6b is <see cref="BarrierResolutionIndicator"/>.
/// </summary>
public sealed class BarrierPersistenceIndicator : IIndicator
{
    public const string AllBarriers = "ALL";

    public IndicatorDefinition Definition { get; } = new(
        "I6_BARRIER_PERSISTENCE", 1, "I6", "Share of barriers still weighing at exit", "percent",
        Numerator: "# (person, barrier type) pairs FORT or MOYEN at entry and still FORT or MOYEN at exit",
        Denominator: "# (person, barrier type) pairs FORT or MOYEN at entry, for the episodes ended in the period whose entry diagnostic is known",
        Period: "Month or quarter of the exit (§5: quarterly); one category per barrier type, and ALL",
        Population: "Barriers at entry of the exits of the scope; cells rest on the pairs",
        Sources: ["DiagnosticVersioned (barriers at entry)", "IntensiveEpisodeEnded (barriers at exit)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        Pairs(data, periods, breakdown, persists => persists);

    /// <summary>Per group, period and barrier type (and ALL): the pairs weighing at entry that <paramref name="counts"/> (given whether they still weigh at exit) / all those pairs.</summary>
    internal static IReadOnlyList<IndicatorCell> Pairs(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown, Func<bool, bool> counts)
    {
        var cells = new List<IndicatorCell>();
        foreach (var g in Groups.Of(data, breakdown))
        {
            var pairs = (from e in g
                         let entry = data.EntryDiagnosticOf(e)
                         where e.EndedOn is not null && entry is not null
                         let atExit = Barriers.Weighing(e.BarriersAtExit)
                         from type in Barriers.Weighing(entry.Barriers)
                         select (Episode: e, Type: type, Persists: atExit.Contains(type))).ToList();
            foreach (var category in pairs.Select(p => p.Type).Distinct().Order(StringComparer.Ordinal).Prepend(AllBarriers))
                foreach (var p in periods)
                {
                    var inPeriod = pairs.Where(x => x.Episode.EndedIn(p) && (category == AllBarriers || x.Type == category)).ToList();
                    cells.Add(new IndicatorCell(p, g.Key, category, Rates.Percent(inPeriod.Count(x => counts(x.Persists)), inPeriod.Count), inPeriod.Count));
                }
        }
        return cells;
    }
}
