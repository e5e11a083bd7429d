namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 I5, response rate: the respondents over the exits of the period and the mid-course invitations sent in it
/// (§5: "# respondents / # exits + mid-course invitations"). Version 2 added the invitations to the denominator;
/// version 3 counts the answered invitations as respondents, in the period the invitation was sent (so a rate never exceeds 100 %).
/// </summary>
public sealed class SatisfactionResponseRateIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I5_RESPONSE_RATE", 3, "I5", "Response rate to the satisfaction survey (exits and mid-course invitations)", "percent",
        Numerator: "# episodes ended in the period with an answer at exit + # mid-course invitations sent in the period that were answered (one answer per invitation)",
        Denominator: "# episodes ended in the period + # mid-course invitations sent in the period (at most one per episode and month) to episodes of the scope",
        Period: "Month or quarter of the exit and of the invitation's day (Europe/Paris; an answer counts with its invitation) (§5: quarterly)",
        Population: "Ended intensive episodes and mid-course invitations of the scope; cells rest on the denominator",
        Sources: ["IntensiveEpisodeEnded", "POST …/satisfaction-answers", "POST …/satisfaction-invitations"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let exits = g.Where(e => e.EndedIn(p)).ToList()
            let invitations = g.Sum(e => data.InvitationsOf(e).Count(i => p.Contains(i.SentOn)))
            let midCourseAnswers = g.Sum(e => data.InvitationsOf(e).Count(i => p.Contains(i.SentOn)
                && data.MidCourseAnswersOf(e).Any(a => a.InvitationId == i.InvitationId)))
            select new IndicatorCell(p, g.Key, null,
                Rates.Percent(exits.Count(e => data.AnswerOf(e) is not null) + midCourseAnswers, exits.Count + invitations), exits.Count + invitations)];
}
