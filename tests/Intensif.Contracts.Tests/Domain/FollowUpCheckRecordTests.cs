using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class FollowUpCheckRecordTests
{
    private static readonly DateOnly Exit = new(2026, 1, 31);
    private static readonly DateOnly Today = new(2027, 6, 1);

    [Fact]
    public void FollowUpCheckRecord_Validate_accepts_a_follow_up_made_from_two_weeks_before_its_date_to_today()
    {
        Assert.Empty(FollowUpCheckRecord.Validate(EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS, new DateOnly(2026, 4, 16), Exit, Today));   // 30 April − 14 days
        Assert.Empty(FollowUpCheckRecord.Validate(EmploymentOutcomeSource.FOLLOW_UP_12_MONTHS, Today, Exit, Today));
        Assert.Equal(["checkedOn"], FollowUpCheckRecord.Validate(EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS, new DateOnly(2026, 4, 15), Exit, Today).Keys);
        Assert.Equal(["checkedOn"], FollowUpCheckRecord.Validate(EmploymentOutcomeSource.FOLLOW_UP_6_MONTHS, Today.AddDays(1), Exit, Today).Keys);
    }

    [Fact]
    public void FollowUpCheckRecord_Validate_refuses_a_source_that_is_not_a_follow_up()
    {
        Assert.Equal(["check"], FollowUpCheckRecord.Validate(EmploymentOutcomeSource.EXIT, Today, Exit, Today).Keys);
        Assert.Equal(["check"], FollowUpCheckRecord.Validate(EmploymentOutcomeSource.REFERENT, Today, Exit, Today).Keys);
    }

    [Fact]
    public void FollowUpCheckRecord_Record_needs_an_ended_episode_and_a_check_not_yet_answered()
    {
        var contract = Given.Signed();
        var episode = Given.Episode(contract);

        var notEnded = Assert.Throws<RuleViolationException>(() => FollowUpCheckRecord.Record(episode, EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS,
            Given.Today, FollowUpCheckResult.NO_EMPLOYMENT, [], Given.Now, "ref-1"));
        episode.End(Given.Today.AddMonths(1), ExitType.RETOUR_DROIT_COMMUN, [], Given.Now.AddMonths(1));
        var answered = Assert.Throws<RuleViolationException>(() => FollowUpCheckRecord.Record(episode, EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS,
            Given.Today, FollowUpCheckResult.NO_EMPLOYMENT, [EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS], Given.Now, "ref-1"));
        var check = FollowUpCheckRecord.Record(episode, EmploymentOutcomeSource.FOLLOW_UP_6_MONTHS, Given.Today, FollowUpCheckResult.UNREACHABLE,
            [EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS, EmploymentOutcomeSource.EXIT], Given.Now, "ref-1");

        Assert.Equal(("episode-not-ended", "follow-up-check-already-recorded"), (notEnded.Code, answered.Code));
        Assert.Equal((episode.Id, contract.Id, EmploymentOutcomeSource.FOLLOW_UP_6_MONTHS, FollowUpCheckResult.UNREACHABLE),
            (check.EpisodeId, check.ContractId, check.Check, check.Result));
    }
}
