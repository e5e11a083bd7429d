namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 I3d: the share of person-months with at least two held entretiens (SR-02), among months spent at least 15 days in
/// intensive accompaniment (a shorter month is pro-rated by Scheduling and left out here).
/// </summary>
public sealed class InterviewComplianceIndicator : IIndicator
{
    public const int RequiredHeld = 2, MinActiveDays = 15;

    public IndicatorDefinition Definition { get; } = new(
        "I3D_INTERVIEW_COMPLIANCE", 1, "I3d", "Share of person-months with at least two held entretiens", "percent",
        Numerator: "# (episode, calendar month) pairs of the denominator with at least 2 held entretiens of the person with the organisme in that month (Europe/Paris)",
        Denominator: "# (episode, calendar month) pairs with at least 15 days of the month in the episode",
        Period: "Calendar months; a quarter sums its three months",
        Population: "Intensive episodes of the scope; cells rest on the denominator",
        Sources: ["IntensiveEpisodeStarted", "IntensiveEpisodeEnded", "InterviewHeld", "InterviewMissed (a correction of the outcome)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let personMonths = (from e in g from m in p.Months() where e.ActiveDaysIn(m) >= MinActiveDays select (e, m)).ToList()
            let compliant = personMonths.Count(pm => data.HeldInterviewsIn(pm.e, pm.m) >= RequiredHeld)
            select new IndicatorCell(p, g.Key, null, Rates.Percent(compliant, personMonths.Count), personMonths.Count)];
}
