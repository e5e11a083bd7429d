using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class FollowUpCoverageIndicatorTests
{
    private static EmploymentOutcome Outcome(IntensiveEpisode episode, string kind, string start, int? months, bool durable)
    {
        var outcome = EmploymentOutcome.Known(Guid.NewGuid(), episode.OrganismeId, episode.Territory, episode.PseudonymousBeneficiaryId);
        outcome.ApplyRecorded(episode.EpisodeId, kind, DateOnly.Parse(start), months, durable, DateTimeOffset.Parse("2026-08-01T10:00:00Z"));
        return outcome;
    }

    private static IntensiveEpisode Checked(IntensiveEpisode episode, params (string Result, string On)[] checks)
    {
        foreach (var (result, on) in checks) episode.ApplyFollowUpCheck(result, DateOnly.Parse(on));
        return episode;
    }

    /// <summary>
    /// January cohort of six: a has a job in the window; b was checked without a job at exit + 3 months, after its
    /// six-month window; c was checked without a job before the window's end only; d was not reached; e has a job of
    /// unknown length (not counted) and no check; f was checked without a job at M+13 (known at twelve months too).
    /// </summary>
    private static (IndicatorData Data, IReadOnlyList<ReportingPeriod> Months) Cohort()
    {
        var a = Episodes.Started("ft-75", "75", "2026-01-10", "2026-07-10");
        var b = Checked(Episodes.Ended("ft-75", "75", "2026-01-15", "2026-04-15", "RETOUR_DROIT_COMMUN"), ("NO_EMPLOYMENT", "2026-07-15"));
        var c = Checked(Episodes.Ended("ft-75", "75", "2026-01-20", "2026-03-20", "ABANDON"), ("NO_EMPLOYMENT", "2026-06-19"));
        var d = Checked(Episodes.Ended("ft-75", "75", "2026-01-21", "2026-04-21", "ABANDON"), ("UNREACHABLE", "2026-07-21"), ("UNREACHABLE", "2026-10-21"));
        var e = Episodes.Started("ft-75", "75", "2026-01-22", "2026-07-22");
        var f = Checked(Episodes.Ended("ft-75", "75", "2026-01-25", "2026-02-25", "ABANDON"), ("NO_EMPLOYMENT", "2026-05-25"), ("NO_EMPLOYMENT", "2027-02-25"));
        var data = new IndicatorData
        {
            Episodes = [a, b, c, d, e, f],
            EmploymentOutcomes = [Outcome(a, "CDD", "2026-03-01", 2, durable: false), Outcome(e, "INTERIM", "2026-02-01", null, durable: false)],
        };
        return (data, Episodes.Months("2026-01", "2026-01"));
    }

    [Fact]
    public void Coverage_counts_the_cohorts_persons_with_an_outcome_I4_counts_or_a_check_without_job_made_once_the_window_had_passed()
    {
        var (data, months) = Cohort();

        var coverage = new FollowUpCoverageIndicator().Compute(data, months, Breakdown.Organisme);
        var access = new EmploymentAccessIndicator().Compute(data, months, Breakdown.Organisme);

        // a (job), b (checked on 15 July, the window's last day) and f (checked after it) among six: d unreached, c checked too early, e unknown
        Assert.Equal([("2026-01", 50.0m, 6)], coverage.Select(c => (c.Period.ToString(), c.Value!.Value, c.Population)));
        Assert.Equal(16.7m, access.Single().Value);   // so two persons in six were checked without a job and three were not checked
    }

    [Fact]
    public void At_twelve_months_only_a_check_after_twelve_months_or_an_outcome_within_them_counts()
    {
        var (data, months) = Cohort();

        var cells = new FollowUpCoverageAtTwelveMonthsIndicator().Compute(data, months, Breakdown.Organisme);

        Assert.Equal([("2026-01", 33.3m, 6)], cells.Select(c => (c.Period.ToString(), c.Value!.Value, c.Population)));   // a and f
    }

    [Fact]
    public void A_seven_month_window_setting_gives_the_coverage_a_version_of_its_own_with_its_window_in_the_definition()
    {
        var configured = IndicatorCatalogue.With(employmentOutcomeWindowMonths: 7, earlyWorkWeeks: EarlyWorkSituationIndicator.DefaultWeeks)
            .Single(i => i.Definition.Code == "I4_FOLLOW_UP_COVERAGE");
        var (data, months) = Cohort();

        var cells = configured.Compute(data, months, Breakdown.Organisme);

        // b's check on 15 July is now before the end of its window (15 August): a and f remain
        Assert.Equal(33.3m, cells.Single().Value);
        Assert.Equal((1, 1007), (IndicatorCatalogue.Find("I4_FOLLOW_UP_COVERAGE")!.Definition.Version, configured.Definition.Version));
        Assert.Contains("the start + 7 calendar months", configured.Definition.Numerator);
    }

    [Fact]
    public void Checks_in_any_order_or_twice_keep_the_latest_day_without_a_job_and_an_unreached_check_changes_nothing()
    {
        Action<IntensiveEpisode> early = e => e.ApplyFollowUpCheck("NO_EMPLOYMENT", new DateOnly(2026, 5, 1));
        Action<IntensiveEpisode> late = e => e.ApplyFollowUpCheck("NO_EMPLOYMENT", new DateOnly(2026, 11, 1));
        Action<IntensiveEpisode> unreached = e => e.ApplyFollowUpCheck("UNREACHABLE", new DateOnly(2027, 5, 1));

        var days = new[] { new[] { early, late, unreached }, [unreached, late, early, late], [late, early] }.Select(order =>
        {
            var episode = Episodes.Ended("ft-75", "75", "2026-01-05", "2026-02-01", "ABANDON");
            foreach (var apply in order) apply(episode);
            return episode.NoEmploymentCheckedOn;
        });

        Assert.All(days, d => Assert.Equal(new DateOnly(2026, 11, 1), d));
    }
}
