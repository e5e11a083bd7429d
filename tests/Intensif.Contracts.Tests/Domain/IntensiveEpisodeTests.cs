using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class IntensiveEpisodeTests
{
    [Fact]
    public void IntensiveEpisode_Start_within_the_local_bounds_is_active_in_the_referents_portfolio()
    {
        var episode = IntensiveEpisode.Start(Given.Signed(), Given.Today, Given.Today.AddMonths(6), false, 49, Given.Herault, Given.Now);
        Assert.Equal((EpisodeStatus.ACTIVE, "ref-1", Given.Today.AddMonths(6)), (episode.Status, episode.ReferentId, episode.PlannedEndDate));
    }

    [Theory]
    [InlineData(1)]   // shorter than Hérault's 2 months
    [InlineData(7)]   // longer than Hérault's 6 months
    public void IntensiveEpisode_Start_refuses_a_planned_end_outside_the_local_bounds(int months)
    {
        var refused = Assert.Throws<RuleViolationException>(() =>
            IntensiveEpisode.Start(Given.Signed(), Given.Today, Given.Today.AddMonths(months), false, 0, Given.Herault, Given.Now));
        Assert.Equal("intensive-duration-out-of-bounds", refused.Code);
    }

    [Fact]
    public void IntensiveEpisode_Start_refuses_when_the_portfolio_is_full_or_an_episode_is_in_progress()
    {
        Assert.Equal("portfolio-full", Assert.Throws<RuleViolationException>(() =>
            IntensiveEpisode.Start(Given.Signed(), Given.Today, Given.Today.AddMonths(3), false, 50, Given.Herault, Given.Now)).Code);
        Assert.Equal("intensive-episode-active", Assert.Throws<RuleViolationException>(() =>
            IntensiveEpisode.Start(Given.Signed(), Given.Today, Given.Today.AddMonths(3), true, 0, Given.Herault, Given.Now)).Code);
    }

    [Fact]
    public void IntensiveEpisode_Start_refuses_a_draft_or_closed_contract()
    {
        var (draft, _) = Contract.Draft(Given.Person(), "ref-1", ContractTerms.Default(LocalPolicy.National), Given.Now);
        Assert.Equal("contract-not-in-force", Assert.Throws<RuleViolationException>(() => Given.Episode(draft)).Code);
    }

    [Fact]
    public void IntensiveEpisode_Extend_moves_the_end_later_within_the_maximum_duration()
    {
        var episode = Given.Episode(Given.Signed());   // 4 months

        episode.Extend(Given.Today.AddMonths(6), Given.Herault, Given.Now);

        Assert.Equal((Given.Today.AddMonths(6), 1), (episode.PlannedEndDate, episode.ExtensionCount));
        Assert.Equal("intensive-duration-out-of-bounds", Assert.Throws<RuleViolationException>(() => episode.Extend(Given.Today.AddMonths(7), Given.Herault, Given.Now)).Code);
        Assert.Equal("extension-not-later", Assert.Throws<RuleViolationException>(() => episode.Extend(Given.Today.AddMonths(5), Given.Herault, Given.Now)).Code);
    }

    [Fact]
    public void IntensiveEpisode_End_records_the_exit_and_the_barriers_and_cannot_end_twice()
    {
        var episode = Given.Episode(Given.Signed());

        episode.End(Given.Today, ExitType.EMPLOI_DURABLE, [new BarrierRating(BarrierType.MOBILITE, BarrierLevel.MOYEN)], Given.Now);

        Assert.Equal((EpisodeStatus.ENDED, ExitType.EMPLOI_DURABLE), (episode.Status, episode.ExitType));
        Assert.Single(episode.BarriersAtExit);
        Assert.Equal("intensive-episode-ended", Assert.Throws<RuleViolationException>(() => episode.End(Given.Today, ExitType.AUTRE, [], Given.Now)).Code);
    }

    [Fact]
    public void IntensiveEpisode_End_refuses_an_exit_before_the_start_or_in_the_future()
    {
        var episode = Given.Episode(Given.Signed());
        Assert.Equal("exit-before-start", Assert.Throws<RuleViolationException>(() => episode.End(Given.Today.AddDays(-1), ExitType.AUTRE, [], Given.Now)).Code);
        Assert.Equal("date-in-the-future", Assert.Throws<RuleViolationException>(() => episode.End(Given.Today.AddDays(1), ExitType.AUTRE, [], Given.Now)).Code);
    }

    [Fact]
    public void IntensiveEpisode_EndAlertDue_30_days_before_the_planned_end()
    {
        var episode = Given.Episode(Given.Signed());
        Assert.False(episode.EndAlertDue(episode.PlannedEndDate.AddDays(-31)));
        Assert.True(episode.EndAlertDue(episode.PlannedEndDate.AddDays(-30)));
    }
}
