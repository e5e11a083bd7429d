namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I5: the share of respondents satisfied (4 or 5 out of 5) among the exits of the period that answered.</summary>
public sealed class SatisfactionIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I5_SATISFACTION", 1, "I5", "Share of satisfied respondents at exit", "percent",
        Numerator: "# answers scoring 4 or 5 on the 1–5 overall question, for episodes ended in the period",
        Denominator: "# answers for episodes ended in the period (respondents)",
        Period: "Month or quarter of the exit (§5: quarterly)",
        Population: "Respondents among the exits of the scope; cells rest on the respondents",
        Sources: ["POST …/satisfaction-answers (anonymous, one per exit)", "IntensiveEpisodeEnded"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let answers = g.Where(e => e.EndedIn(p)).Select(data.AnswerOf).OfType<SatisfactionAnswer>().ToList()
            select new IndicatorCell(p, g.Key, null, Rates.Percent(answers.Count(a => a.Satisfied), answers.Count), answers.Count)];
}
