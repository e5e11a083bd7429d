namespace Intensif.Indicators.Api.Domain;

/// <summary>Exits from intensive accompaniment by §3.17 reason (Réseau pour l'emploi "motifs de sortie"; basis of §5 I4b).</summary>
public sealed class ExitsByReasonIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "RPE_EXITS_BY_REASON", 1, "Exits from intensive accompaniment by reason",
        Numerator: "# intensive episodes ended in the month with the given exit type (§3.17 code), one category per exit type",
        Denominator: null,
        Period: "Monthly flow, by month of the end date",
        Population: "Ended intensive episodes of the scope (organisme or territory of the episode)",
        Sources: ["IntensiveEpisodeEnded (exit type)"]);

    public IReadOnlyList<IndicatorCell> Compute(IReadOnlyCollection<IntensiveEpisode> episodes, IReadOnlyList<ReportingMonth> months, Breakdown breakdown) =>
        [.. from g in Groups.Of(episodes, breakdown)
            from reason in g.Where(e => e.ExitType is not null).Select(e => e.ExitType!).Distinct().Order(StringComparer.Ordinal)
            from m in months
            let n = g.Count(e => e.EndedIn(m) && e.ExitType == reason)
            select new IndicatorCell(m, g.Key, reason, n, n)];
}
