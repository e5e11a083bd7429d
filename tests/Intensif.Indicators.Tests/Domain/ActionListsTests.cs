using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class ActionListsTests
{
    [Fact]
    public void Missed_interviews_list_each_person_once_with_the_unjustified_count_and_their_current_referent()
    {
        var twice = Episodes.Started("ft-75", "75", "2026-01-05", "2026-12-31", referent: "ref-1");
        var once = Episodes.Started("ft-75", "75", "2026-01-05", "2026-12-31", referent: "ref-1");
        var data = new IndicatorData
        {
            Episodes = [twice, once],
            ReferentChanges = [Passations.Of(once, "ref-1", "ref-2", "2026-03-01")],
            Interviews =
            [
                Interviews.Missed(twice, "2026-03-03"), Interviews.Missed(twice, "2026-03-17", justified: true),
                Interviews.Missed(once, "2026-03-10", justified: true), Interviews.Held(once, "2026-03-11"),
                Interviews.Missed(once, "2026-02-10"),                                                      // February: not this month
            ],
        };

        var list = ActionLists.MissedInterviews(data, ReportingPeriod.Month(2026, 3));

        Assert.Equal([(twice.PseudonymousBeneficiaryId, "ref-1", 2, 1, new DateOnly(2026, 3, 17)), (once.PseudonymousBeneficiaryId, "ref-2", 1, 0, new DateOnly(2026, 3, 10))],
            list.Select(p => (p.BeneficiaryId, p.ReferentId!, p.Missed, p.Unjustified, p.LastMissedOn)));
    }

    [Fact]
    public void Episodes_ending_within_30_days_are_listed_soonest_first_and_ended_or_later_ones_are_not()
    {
        var today = new DateOnly(2026, 3, 10);
        var inTwentyDays = Episodes.Started("ft-75", "75", "2026-01-05", "2026-03-30");
        var today_ = Episodes.Started("ft-75", "75", "2026-01-05", "2026-03-10");
        var inThirtyOne = Episodes.Started("ft-75", "75", "2026-01-05", "2026-04-10");
        var alreadyEnded = Episodes.Ended("ft-75", "75", "2026-01-05", "2026-03-09", "ABANDON", plannedEnd: "2026-03-20");

        var list = ActionLists.EndingSoon(Episodes.Data(inTwentyDays, today_, inThirtyOne, alreadyEnded), today);

        Assert.Equal([(today_.EpisodeId, 0), (inTwentyDays.EpisodeId, 20)], list.Select(e => (e.EpisodeId, e.DaysLeft)));
    }

    [Fact]
    public void Weeks_below_target_list_the_closed_weeks_of_that_iso_week_under_their_target()
    {
        var under = Episodes.Started("ft-75", "75", "2026-01-05", "2026-12-31");
        var reached = Episodes.Started("ft-75", "75", "2026-01-05", "2026-12-31");
        ClosedWeek Week(IntensiveEpisode e, string isoWeek, decimal realised)
        {
            var week = ClosedWeek.Known(e.EpisodeId, isoWeek, e.OrganismeId, e.Territory, e.PseudonymousBeneficiaryId);
            week.ApplyClosed(DateOnly.Parse("2026-03-02"), 15m, realised, realised, 0m, realised < 15m ? "ILLNESS" : "NONE", DateTimeOffset.UtcNow);
            return week;
        }
        var data = new IndicatorData { Episodes = [under, reached], Weeks = [Week(under, "2026-W10", 9.5m), Week(reached, "2026-W10", 15m), Week(reached, "2026-W09", 3m)] };

        var list = ActionLists.WeeksBelowTarget(data, "2026-W10");

        Assert.Equal([(under.PseudonymousBeneficiaryId, 9.5m, "ILLNESS")], list.Select(w => (w.BeneficiaryId, w.RealisedHours, w.GapReason)));
    }
}
