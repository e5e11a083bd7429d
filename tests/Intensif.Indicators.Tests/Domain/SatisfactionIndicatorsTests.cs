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
                SatisfactionAnswer.Answer(exits[0], null, [], 5, "Très bien", Today),
                SatisfactionAnswer.Answer(exits[1], null, [], 4, null, Today),
                SatisfactionAnswer.Answer(exits[2], null, [], 2, "  ", Today),
                SatisfactionAnswer.Answer(exits[3], null, [], 3, null, Today),
                SatisfactionAnswer.Answer(april, null, [], 1, null, Today),
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
    public void An_answer_at_exit_needs_an_ended_episode_and_only_one_is_taken_per_exit()
    {
        var open = Episodes.Started("ft-75", "75", "2026-01-01", "2026-06-01");
        var ended = Episodes.Ended("ft-75", "75", "2026-01-01", "2026-03-01", "AUTRE");

        Assert.Equal("no-pending-invitation", Assert.Throws<RuleViolationException>(() => SatisfactionAnswer.Answer(open, null, [], 4, null, Today)).Code);
        Assert.Equal("survey-already-answered", Assert.Throws<RuleViolationException>(() => SatisfactionAnswer.Answer(ended, null, [null], 4, null, Today)).Code);
        Assert.Null(SatisfactionAnswer.Answer(ended, null, [], 2, "   ", Today).Comment);
    }

    [Fact]
    public void During_an_episode_an_answer_is_taken_once_for_its_latest_mid_course_invitation()
    {
        var open = Episodes.Started("ft-75", "75", "2026-01-01", "2026-06-01");
        var invitation = SatisfactionInvitation.Send(open, false, new DateOnly(2026, 3, 10));

        var answer = SatisfactionAnswer.Answer(open, invitation, [], 4, "Bien", Today);

        Assert.Equal((invitation.InvitationId, open.EpisodeId, true), (answer.InvitationId, answer.EpisodeId, answer.MidCourse));
        Assert.Equal("survey-already-answered",
            Assert.Throws<RuleViolationException>(() => SatisfactionAnswer.Answer(open, invitation, [invitation.InvitationId], 4, null, Today)).Code);
    }

    [Fact]
    public void After_the_exit_the_answer_is_the_exit_one_even_with_an_unanswered_invitation()
    {
        var ended = Episodes.Ended("ft-75", "75", "2026-01-01", "2026-03-20", "AUTRE");
        var invitation = SatisfactionInvitation.Send(ended, false, new DateOnly(2026, 3, 10));

        var answer = SatisfactionAnswer.Answer(ended, invitation, [], 4, null, Today);

        Assert.Null(answer.InvitationId);
    }

    /// <summary>March: three exits (one answered at exit, score 5); two episodes in progress invited in March, one answering (score 2) on March 20.</summary>
    private static IndicatorData MidCourseScenario()
    {
        var exits = Enumerable.Range(1, 3).Select(d => Episodes.Ended("ft-75", "75", "2026-01-01", $"2026-03-0{d}", "AUTRE")).ToArray();
        var (answering, silent) = (Episodes.Started("ft-75", "75", "2026-01-01", "2026-06-01"), Episodes.Started("ft-75", "75", "2026-02-01", "2026-08-01"));
        var (asked, unanswered) = (SatisfactionInvitation.Send(answering, false, new DateOnly(2026, 3, 5)), SatisfactionInvitation.Send(silent, false, new DateOnly(2026, 3, 6)));
        return new IndicatorData
        {
            Episodes = [.. exits, answering, silent],
            Invitations = [asked, unanswered],
            Answers =
            [
                SatisfactionAnswer.Answer(exits[0], null, [], 5, null, Today),
                SatisfactionAnswer.Answer(answering, asked, [], 2, null, new DateOnly(2026, 3, 20)),
            ],
        };
    }

    [Fact]
    public void The_response_rate_counts_the_answered_mid_course_invitations_as_respondents()
    {
        var cells = new SatisfactionResponseRateIndicator().Compute(MidCourseScenario(), Episodes.Months("2026-03", "2026-04"), Breakdown.Organisme);

        // March: (1 answered exit + 1 answered invitation) / (3 exits + 2 invitations) = 40 %; April: nothing to count
        Assert.Equal([(40.0m, 5), ((decimal?)null, 0)], cells.Select(c => (c.Value, c.Population)));
        Assert.Equal(3, new SatisfactionResponseRateIndicator().Definition.Version);
    }

    [Fact]
    public void An_invitation_answered_the_next_month_counts_with_its_invitation_so_no_month_exceeds_one_hundred_percent()
    {
        var open = Episodes.Started("ft-75", "75", "2026-01-01", "2026-06-01");
        var lateInMarch = SatisfactionInvitation.Send(open, false, new DateOnly(2026, 3, 31));
        var data = new IndicatorData
        {
            Episodes = [open],
            Invitations = [lateInMarch],
            Answers = [SatisfactionAnswer.Answer(open, lateInMarch, [], 4, null, new DateOnly(2026, 4, 2))],
        };

        var cells = new SatisfactionResponseRateIndicator().Compute(data, Episodes.Months("2026-03", "2026-04"), Breakdown.Organisme);

        // March: the invitation and its answer (1 / 1); April: no invitation, no exit, so no rate (not 1 / 0)
        Assert.Equal([(100.0m, 1), ((decimal?)null, 0)], cells.Select(c => (c.Value, c.Population)));
    }

    [Fact]
    public void Satisfaction_counts_the_mid_course_answers_in_the_month_they_were_given()
    {
        var cells = new SatisfactionIndicator().Compute(MidCourseScenario(), Episodes.Months("2026-02", "2026-03"), Breakdown.Organisme);

        // February: no respondent; March: the exit's 5 and the mid-course 2, one satisfied out of two
        Assert.Equal([((decimal?)null, 0), (50.0m, 2)], cells.Select(c => (c.Value, c.Population)));
        Assert.Equal(2, new SatisfactionIndicator().Definition.Version);
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
