using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Tests.Domain;

/// <summary>The référent's alerts: week below target (BR-16), entretiens missing (SR-02), episode ending within 30 days (SR-06).</summary>
public sealed class AlertRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly IsoWeek LastWeek = IsoWeek.Of(Today.AddDays(-7));
    private static readonly CalendarMonth November = new(2026, 11);

    private static IntensiveEpisode Episode(DateOnly start, DateOnly plannedEnd)
    {
        var episode = IntensiveEpisode.Known(Guid.NewGuid(), Guid.NewGuid(), "ft-75", "75", Guid.NewGuid(), start);
        episode.Start(start, "referent-1", plannedEnd, 15, DateTimeOffset.UnixEpoch);
        return episode;
    }

    private static string[] Codes(IntensiveEpisode episode, decimal realised, int held, int required) =>
        AlertRules.For(episode, LastWeek, realised, 15, November, new MonthlyCompliance(held, required), Today).Select(a => a.Code).ToArray();

    [Fact]
    public void BR16_a_last_week_below_its_target_is_an_alert_and_one_on_target_is_not()
    {
        var episode = Episode(new DateOnly(2026, 9, 1), new DateOnly(2027, 3, 1));

        Assert.Equal(["week-below-target"], Codes(episode, realised: 12, held: 2, required: 2));
        Assert.Empty(Codes(episode, realised: 15, held: 2, required: 2));
    }

    [Fact]
    public void BR16_a_week_before_the_episode_started_raises_no_alert()
    {
        var episode = Episode(Today.AddDays(-1), new DateOnly(2027, 3, 1));

        Assert.Empty(Codes(episode, realised: 0, held: 0, required: 0));
    }

    [Fact]
    public void SR02_fewer_held_entretiens_than_required_this_month_is_an_alert()
    {
        var episode = Episode(new DateOnly(2026, 9, 1), new DateOnly(2027, 3, 1));

        Assert.Equal(["interviews-missing"], Codes(episode, realised: 15, held: 1, required: 2));
    }

    [Fact]
    public void SR06_an_episode_planned_to_end_within_30_days_is_an_alert_and_at_31_days_it_is_not()
    {
        Assert.Equal(["episode-ending"], Codes(Episode(new DateOnly(2026, 6, 1), Today.AddDays(30)), realised: 15, held: 2, required: 2));
        Assert.Empty(Codes(Episode(new DateOnly(2026, 6, 1), Today.AddDays(31)), realised: 15, held: 2, required: 2));
    }

    [Fact]
    public void SR02_the_active_days_of_a_month_stop_at_the_planned_end()
    {
        var episode = Episode(new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 10));

        Assert.Equal(10, episode.ActiveDaysIn(November));
        Assert.Equal(1, InterviewCompliance.RequiredHeld(episode.ActiveDaysIn(November)));
    }
}
