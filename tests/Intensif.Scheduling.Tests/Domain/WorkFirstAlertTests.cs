using Intensif.ServiceDefaults.Time;
using Intensif.Scheduling.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Scheduling.Tests.Domain;

/// <summary>
/// SR-07 (work-first): an alert from the start of an episode whose policy sets a deadline, until a professional situation
/// (R.5411-15 family 1°) is booked to start by it; a SOCIAL parcours may be exempted by the référent's justification.
/// </summary>
public sealed class WorkFirstAlertTests
{
    private static readonly DateOnly Start = new(2026, 11, 2);   // a Monday
    private static readonly DateTimeOffset Later = new(2027, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlySet<string> Placements = new HashSet<string> { "IMM-PMSMP-01" };

    private static IntensiveEpisode Episode(int? deadlineWeeks = 4, string? parcours = "EMPLOI")
    {
        var episode = IntensiveEpisode.Known(Guid.NewGuid(), Guid.NewGuid(), "ft-75", "75", Guid.NewGuid(), Start);
        episode.Start(Start, "referent-1", Start.AddMonths(6), 15, DateTimeOffset.UnixEpoch, parcours, deadlineWeeks);
        return episode;
    }

    private static Assignment Activity(IntensiveEpisode episode, DateOnly day, string entryCode = "IMM-PMSMP-01", bool booked = true)
    {
        var start = ParisTime.FromParis(day.ToDateTime(new TimeOnly(9, 0)));
        return Assignment.Plan(new ProgrammeSlot("ft-75", "referent-1", episode.BeneficiaryId, episode.EpisodeId, "75", start, start.AddHours(7)),
            new PlannedActivity(entryCode, null, null, 7, "ACCOMPAGNEE"), booked, start.AddDays(-20));
    }

    private static ReferentAlert? Alert(IntensiveEpisode episode, DateOnly today, params Assignment[] programme) =>
        AlertRules.NoProfessionalSituation(episode, programme, Placements, today);

    [Fact]
    public void SR07_from_the_first_day_an_episode_without_a_booked_professional_situation_is_alerted_with_its_due_date()
    {
        var episode = Episode(deadlineWeeks: 4);

        var alert = Alert(episode, Start);

        Assert.NotNull(alert);
        Assert.Equal(("no-professional-situation", new DateOnly(2026, 11, 29)), (alert.Code, alert.DueBy));
        Assert.Contains("2026-11-29", alert.Detail);
        Assert.Null(Alert(episode, Start.AddDays(-1)));
    }

    [Fact]
    public void SR07_a_booked_placement_starting_on_the_last_day_lifts_the_alert_and_one_the_day_after_does_not()
    {
        var episode = Episode(deadlineWeeks: 4);

        Assert.Null(Alert(episode, Start.AddDays(3), Activity(episode, new DateOnly(2026, 11, 29))));
        Assert.NotNull(Alert(episode, Start.AddDays(3), Activity(episode, new DateOnly(2026, 11, 30))));
    }

    [Fact]
    public void SR07_a_proposal_not_yet_agreed_does_not_count_but_a_confirmed_or_done_one_does()
    {
        var episode = Episode();
        var proposed = Activity(episode, Start.AddDays(7), booked: false);
        var confirmed = Activity(episode, Start.AddDays(7));
        confirmed.Confirm(Start.ToDateTime(TimeOnly.MinValue));
        var done = Activity(episode, Start.AddDays(1));
        done.RecordAttendance(AttendanceOutcome.DONE, 7, null, null, AttendanceSource.PARTNER, "partner-1", Later);

        Assert.NotNull(Alert(episode, Start.AddDays(3), proposed));
        Assert.Null(Alert(episode, Start.AddDays(3), confirmed));
        Assert.Null(Alert(episode, Start.AddDays(3), done));
    }

    [Fact]
    public void SR07_a_missed_or_provider_cancelled_placement_does_not_count()
    {
        var episode = Episode();
        var missed = Activity(episode, Start.AddDays(1));
        missed.RecordAttendance(AttendanceOutcome.ABSENT_UNJUSTIFIED, 0, null, null, AttendanceSource.PARTNER, "partner-1", Later);
        var cancelled = Activity(episode, Start.AddDays(8));
        cancelled.CancelByProvider(Later);

        Assert.NotNull(Alert(episode, Start.AddDays(10), missed, cancelled));
    }

    [Fact]
    public void SR07_only_family_1_entries_count_and_an_entry_of_unknown_family_does_not()
    {
        var episode = Episode();

        Assert.NotNull(Alert(episode, Start.AddDays(3), Activity(episode, Start.AddDays(7), "TRE-CV-01")));
        Assert.NotNull(Alert(episode, Start.AddDays(3), Activity(episode, Start.AddDays(7), "LOCAL-UNKNOWN-01")));
    }

    [Fact]
    public void SR07_a_placement_of_another_episode_does_not_count()
    {
        var episode = Episode();
        var earlier = Episode();

        Assert.NotNull(Alert(episode, Start.AddDays(3), Activity(earlier, Start.AddDays(7))));
    }

    [Fact]
    public void SR07_past_the_deadline_the_alert_stays_until_a_late_placement_is_booked()
    {
        var episode = Episode(deadlineWeeks: 4);
        var afterDeadline = new DateOnly(2026, 12, 10);

        var overdue = Alert(episode, afterDeadline);

        Assert.NotNull(overdue);
        Assert.Contains("was booked by 2026-11-29", overdue.Detail);
        Assert.Null(Alert(episode, afterDeadline, Activity(episode, new DateOnly(2026, 12, 14))));
    }

    [Fact]
    public void SR07_an_episode_whose_policy_sets_no_deadline_gets_no_alert()
    {
        Assert.Null(Alert(Episode(deadlineWeeks: null), Start.AddDays(60)));
    }

    [Fact]
    public void SR07_a_social_parcours_justified_by_the_referent_gets_no_alert()
    {
        var episode = Episode(parcours: "SOCIAL");
        Assert.NotNull(Alert(episode, Start.AddDays(3)));

        episode.JustifyWorkFirst("Hébergement d'urgence : le logement d'abord.", "referent-1", Later);

        Assert.Null(Alert(episode, Start.AddDays(3)));
    }

    [Theory]
    [InlineData("EMPLOI")]
    [InlineData("SOCIO_PRO")]
    [InlineData(null)]
    public void SR07_only_a_social_parcours_may_be_justified(string? parcours)
    {
        var episode = Episode(parcours: parcours);

        var refused = Assert.Throws<RuleViolationException>(() => episode.JustifyWorkFirst("Raison", "referent-1", Later));

        Assert.Equal("justification-only-for-social-parcours", refused.Code);
        Assert.Null(episode.WorkFirstJustification);
    }
}
