using Intensif.Indicators.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Indicators.Tests.Domain;

public sealed class SatisfactionIndicatorsTests
{
    private static readonly DateOnly Today = new(2026, 4, 2);

    private static IndicatorData Scenario()
    {
        var exits = Enumerable.Range(1, 5).Select(d => Episodes.Ended("ft-75", "75", "2026-01-01", $"2026-03-0{d}", "AUTRE")).ToArray();
        var april = Episodes.Ended("ft-75", "75", "2026-01-01", "2026-04-01", "AUTRE");
        return new IndicatorData
        {
            Episodes = [.. exits, april, Episodes.Started("ft-75", "75", "2026-01-01", "2026-06-01")],
            Answers =
            [
                SatisfactionAnswer.Answer(exits[0], false, 5, "Très bien", Today),
                SatisfactionAnswer.Answer(exits[1], false, 4, null, Today),
                SatisfactionAnswer.Answer(exits[2], false, 2, "  ", Today),
                SatisfactionAnswer.Answer(exits[3], false, 3, null, Today),
                SatisfactionAnswer.Answer(april, false, 1, null, Today),
            ],
        };
    }

    [Fact]
    public void Satisfaction_is_the_share_of_respondents_scoring_four_or_five_among_the_exits_of_the_month()
    {
        var cells = new SatisfactionIndicator().Compute(Scenario(), Episodes.Months("2026-03", "2026-04"), Breakdown.Organisme);

        // March: 5 and 4 among 4 respondents; April: one respondent scoring 1
        Assert.Equal([(50.0m, 4), (0.0m, 1)], cells.Select(c => (c.Value!.Value, c.Population)));
    }

    [Fact]
    public void The_response_rate_divides_the_answered_exits_by_all_exits_of_the_month()
    {
        var cells = new SatisfactionResponseRateIndicator().Compute(Scenario(), Episodes.Months("2026-03", "2026-03"), Breakdown.Organisme);

        Assert.Equal([(80.0m, 5)], cells.Select(c => (c.Value!.Value, c.Population)));
    }

    [Fact]
    public void An_answer_needs_an_ended_episode_and_only_one_is_taken_per_exit()
    {
        var open = Episodes.Started("ft-75", "75", "2026-01-01", "2026-06-01");
        var ended = Episodes.Ended("ft-75", "75", "2026-01-01", "2026-03-01", "AUTRE");

        Assert.Equal("episode-not-ended", Assert.Throws<RuleViolationException>(() => SatisfactionAnswer.Answer(open, false, 4, null, Today)).Code);
        Assert.Equal("survey-already-answered", Assert.Throws<RuleViolationException>(() => SatisfactionAnswer.Answer(ended, true, 4, null, Today)).Code);
        Assert.Null(SatisfactionAnswer.Answer(ended, false, 2, "   ", Today).Comment);
    }

    [Fact]
    public void The_response_rate_adds_the_mid_course_invitations_sent_in_the_month_to_the_exits()
    {
        var scenario = Scenario();
        var open = scenario.Episodes.Single(e => e.EndedOn is null);
        var other = Episodes.Started("ft-75", "75", "2026-02-01", "2026-08-01");
        var data = new IndicatorData
        {
            Episodes = [.. scenario.Episodes, other],
            Answers = scenario.Answers,
            Invitations =
            [
                SatisfactionInvitation.Send(open, false, new DateOnly(2026, 2, 10)),    // February: not in March's denominator
                SatisfactionInvitation.Send(open, false, new DateOnly(2026, 3, 10)),
                SatisfactionInvitation.Send(other, false, new DateOnly(2026, 3, 31)),
            ],
        };

        var cells = new SatisfactionResponseRateIndicator().Compute(data, Episodes.Months("2026-03", "2026-03"), Breakdown.Organisme);

        // March: 4 answered exits over 5 exits + 2 invitations
        Assert.Equal([(57.1m, 7)], cells.Select(c => (c.Value!.Value, c.Population)));
        Assert.Equal(2, new SatisfactionResponseRateIndicator().Definition.Version);
    }

    [Fact]
    public void A_mid_course_invitation_needs_an_episode_in_progress_and_only_one_is_taken_per_month()
    {
        var open = Episodes.Started("ft-75", "75", "2026-01-01", "2026-06-01");
        var ended = Episodes.Ended("ft-75", "75", "2026-01-01", "2026-03-01", "AUTRE");
        var notYetStarted = Episodes.Started("ft-75", "75", "2026-05-01", "2026-11-01");

        var invitation = SatisfactionInvitation.Send(open, false, Today);

        Assert.Equal((new DateOnly(2026, 4, 1), Today), (invitation.Month, invitation.SentOn));
        Assert.Equal("episode-not-in-progress", Assert.Throws<RuleViolationException>(() => SatisfactionInvitation.Send(ended, false, Today)).Code);
        Assert.Equal("episode-not-in-progress", Assert.Throws<RuleViolationException>(() => SatisfactionInvitation.Send(notYetStarted, false, Today)).Code);
        Assert.Equal("invitation-already-sent", Assert.Throws<RuleViolationException>(() => SatisfactionInvitation.Send(open, true, Today)).Code);
    }
}
