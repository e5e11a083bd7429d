namespace Intensif.Indicators.Api.Domain;

/// <summary>Exits from intensive accompaniment by §3.17 reason (Réseau pour l'emploi "motifs de sortie"; basis of §5 I4b).</summary>
public sealed class ExitsByReasonIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "RPE_EXITS_BY_REASON", 1, "RPE", "Exits from intensive accompaniment by reason", "count",
        Numerator: "# intensive episodes ended in the period with the given exit type (§3.17 code), one category per exit type",
        Denominator: null,
        Period: "Flow over the month or quarter of the end date",
        Population: "Ended intensive episodes of the scope (organisme or territory of the episode)",
        Sources: ["IntensiveEpisodeEnded (exit type)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: true) { AdditiveOverTime = true };

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from reason in g.Where(e => e.ExitType is not null).Select(e => e.ExitType!).Distinct().Order(StringComparer.Ordinal)
            from p in periods
            let n = g.Count(e => e.EndedIn(p) && e.ExitType == reason)
            select new IndicatorCell(p, g.Key, reason, n, n)];
}
