using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class EarlyWorkSituationIndicatorTests
{
    private static ActivityAssignment Activity(IntensiveEpisode episode, string entryCode, string plannedStart, string status = "DONE")
    {
        var activity = ActivityAssignment.Known(Guid.NewGuid(), episode.OrganismeId, episode.EpisodeId, entryCode, null);
        activity.ApplyBooked(null, DateTimeOffset.Parse(plannedStart));
        activity.ApplyAttendance(status, status == "DONE" ? 3m : 0m, DateTimeOffset.Parse("2026-03-01T10:00:00Z"));
        return activity;
    }

    [Fact]
    public void Early_work_situation_is_the_share_of_entries_with_a_family_one_activity_done_within_six_weeks_of_the_start()
    {
        var e1 = Episodes.Started("ft-75", "75", "2026-01-05", "2026-07-05");
        var e2 = Episodes.Started("ft-75", "75", "2026-01-05", "2026-07-05");
        var e3 = Episodes.Started("ft-75", "75", "2026-01-12", "2026-07-12");
        var e4 = Episodes.Started("ft-75", "75", "2026-01-19", "2026-07-19");
        var e5 = Episodes.Started("ft-75", "75", "2026-01-26", "2026-07-26");
        var data = new IndicatorData
        {
            Episodes = [e1, e2, e3, e4, e5],
            Activities =
            [
                Activity(e1, "EMP-PMSMP-01", "2026-02-16T09:00:00+01:00"),   // 42 days after the start: in time
                Activity(e2, "EMP-PMSMP-01", "2026-02-17T09:00:00+01:00"),   // 43 days
                Activity(e2, "FOR-BILAN-01", "2026-01-10T09:00:00+01:00"),   // family 2
                Activity(e3, "EMP-PMSMP-01", "2026-01-20T09:00:00+01:00", "ABSENT_UNJUSTIFIED"),
                Activity(e4, "LOC-ATELIER", "2026-01-21T09:00:00+01:00"),    // family not known
                Activity(e5, "EMP-PMSMP-01", "2026-01-28T09:00:00+01:00"),
            ],
            EntryFamilies = new Dictionary<string, int> { ["EMP-PMSMP-01"] = 1, ["FOR-BILAN-01"] = 2 },
        };

        var cells = new EarlyWorkSituationIndicator().Compute(data, Episodes.Months("2026-01", "2026-01"), Breakdown.Organisme);

        Assert.Equal([("2026-01", 40.0m, 5)], cells.Select(c => (c.Period.ToString(), c.Value!.Value, c.Population)));
    }

    [Fact]
    public void An_eight_week_setting_counts_a_placement_done_seven_weeks_after_the_start_under_a_version_of_its_own()
    {
        var e1 = Episodes.Started("ft-75", "75", "2026-01-05", "2026-07-05");
        var e2 = Episodes.Started("ft-75", "75", "2026-01-05", "2026-07-05");
        var data = new IndicatorData
        {
            Episodes = [e1, e2],
            Activities = [Activity(e1, "EMP-PMSMP-01", "2026-02-23T09:00:00+01:00")],   // 49 days after the start
            EntryFamilies = new Dictionary<string, int> { ["EMP-PMSMP-01"] = 1 },
        };
        var configured = IndicatorCatalogue.With(EmploymentAccessIndicator.DefaultWindowMonths, earlyWorkWeeks: 8)
            .Single(i => i.Definition.Code == "O4_EARLY_WORK_SITUATION");

        var byDefault = new EarlyWorkSituationIndicator().Compute(data, Episodes.Months("2026-01", "2026-01"), Breakdown.Organisme);
        var withSetting = configured.Compute(data, Episodes.Months("2026-01", "2026-01"), Breakdown.Organisme);

        Assert.Equal((0.0m, 50.0m), (byDefault.Single().Value!.Value, withSetting.Single().Value!.Value));
        Assert.Equal((2, 2008), (new EarlyWorkSituationIndicator().Definition.Version, configured.Definition.Version));
        Assert.Contains("or 8 weeks (56 days)", configured.Definition.Numerator);
    }

    [Fact]
    public void Each_episode_uses_its_organismes_own_deadline_when_its_start_event_carried_one_and_the_setting_otherwise()
    {
        var fourWeeks = Episodes.Started("ft-75", "75", "2026-01-05", "2026-07-05");
        fourWeeks.ApplyProfile(null, [], null, earlyWorkSituationDeadlineWeeks: 4);
        var eightWeeks = Episodes.Started("ft-34", "34", "2026-01-05", "2026-07-05");
        eightWeeks.ApplyProfile(null, [], null, earlyWorkSituationDeadlineWeeks: 8);
        var notSaid = Episodes.Started("ft-34", "34", "2026-01-05", "2026-07-05");
        var data = new IndicatorData
        {
            Episodes = [fourWeeks, eightWeeks, notSaid],
            Activities =
            [
                Activity(fourWeeks, "EMP-PMSMP-01", "2026-02-03T09:00:00+01:00"),   // 29 days: after its 4 weeks
                Activity(eightWeeks, "EMP-PMSMP-01", "2026-02-23T09:00:00+01:00"),  // 49 days: within its 8 weeks
                Activity(notSaid, "EMP-PMSMP-01", "2026-02-16T09:00:00+01:00"),     // 42 days: within the 6-week setting
            ],
            EntryFamilies = new Dictionary<string, int> { ["EMP-PMSMP-01"] = 1 },
        };

        var cells = new EarlyWorkSituationIndicator().Compute(data, Episodes.Months("2026-01", "2026-01"), Breakdown.Organisme);

        Assert.Equal([("ft-34", 100.0m, 2), ("ft-75", 0.0m, 1)], cells.Select(c => (c.Group, c.Value!.Value, c.Population)));
        Assert.Contains("the episode's own SR-07 deadline", new EarlyWorkSituationIndicator().Definition.Numerator);
    }
}
