namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I4b: the share of exits to employment or business creation.</summary>
public sealed class EmploymentExitRateIndicator : IIndicator
{
    /// <summary>§3.17 exit types that count as access to employment.</summary>
    public static readonly IReadOnlySet<string> EmploymentExits = new HashSet<string> { "EMPLOI_DURABLE", "EMPLOI_TEMPORAIRE", "CREATION_ACTIVITE" };

    public IndicatorDefinition Definition { get; } = new(
        "I4B_EMPLOYMENT_EXIT_RATE", 1, "I4b", "Share of exits to employment or business creation", "percent",
        Numerator: "# exits in the period of type EMPLOI_DURABLE, EMPLOI_TEMPORAIRE or CREATION_ACTIVITE",
        Denominator: "# exits in the period",
        Period: "Month or quarter of the exit (§5: quarterly)",
        Population: "Ended intensive episodes of the scope",
        Sources: ["IntensiveEpisodeEnded (exit type)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let exits = g.Where(e => e.EndedIn(p)).ToList()
            let employment = exits.Count(e => EmploymentExits.Contains(e.ExitType!))
            select new IndicatorCell(p, g.Key, null, Rates.Percent(employment, exits.Count), exits.Count)];
}
