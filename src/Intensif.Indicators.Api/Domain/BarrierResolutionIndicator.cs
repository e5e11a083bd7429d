namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 I6b, barrier resolution rate: among the barriers weighing (FORT or MOYEN) at entry of the persons who exited in
/// the period, the share moved to SANS_IMPACT at exit (a barrier no longer listed at exit counts as SANS_IMPACT); one
/// category per barrier type and one for all. Same pairs as <see cref="BarrierPersistenceIndicator"/>, whose
/// complement it is.
/// </summary>
public sealed class BarrierResolutionIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I6B_BARRIER_RESOLUTION", 1, "I6b", "Share of barriers resolved at exit", "percent",
        Numerator: "# (person, barrier type) pairs FORT or MOYEN at entry and SANS_IMPACT at exit (or no longer listed at exit)",
        Denominator: "# (person, barrier type) pairs FORT or MOYEN at entry, for the episodes ended in the period whose entry diagnostic is known",
        Period: "Month or quarter of the exit (§5: quarterly); one category per barrier type, and ALL",
        Population: "Barriers at entry of the exits of the scope; cells rest on the pairs",
        Sources: ["DiagnosticVersioned (barriers at entry)", "IntensiveEpisodeEnded (barriers at exit)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        BarrierPersistenceIndicator.Pairs(data, periods, breakdown, persists => !persists);
}
