namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 I5: the share of respondents satisfied (4 or 5 out of 5) among the answers of the period: those at exit, for the
/// exits of the period, and those to mid-course invitations, on the day they were given. Version 2 adds the mid-course answers.
/// </summary>
public sealed class SatisfactionIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I5_SATISFACTION", 2, "I5", "Share of satisfied respondents (at exit and mid-course)", "percent",
        Numerator: "# answers scoring 4 or 5 on the 1–5 overall question, at exit for episodes ended in the period or mid-course given in the period",
        Denominator: "# answers at exit for episodes ended in the period + # answers to mid-course invitations given in the period (respondents)",
        Period: "Month or quarter of the exit, and of the mid-course answer's day (Europe/Paris) (§5: quarterly)",
        Population: "Respondents of the scope (at exit and mid-course); cells rest on the respondents",
        Sources: ["POST …/satisfaction-answers (anonymous, one per exit and one per mid-course invitation)", "IntensiveEpisodeEnded"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let atExit = g.Where(e => e.EndedIn(p)).Select(data.AnswerOf).OfType<SatisfactionAnswer>()
            let midCourse = g.SelectMany(data.MidCourseAnswersOf).Where(a => p.Contains(a.AnsweredOn))
            let answers = atExit.Concat(midCourse).ToList()
            select new IndicatorCell(p, g.Key, null, Rates.Percent(answers.Count(a => a.Satisfied), answers.Count), answers.Count)];
}
