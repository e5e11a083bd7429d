using Intensif.Scheduling.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Scheduling.Tests.Domain;

/// <summary>An assignment's statuses (§3.10) and the conflicts checked when it enters a programme.</summary>
public sealed class AssignmentTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_assignment_belongs_to_the_Paris_ISO_week_of_its_start()
    {
        Assert.Equal("2026-W48", Assignments.Booked(Start).Week);
    }

    [Fact]
    public void Attendance_before_the_activity_begins_is_refused()
    {
        var assignment = Assignments.Booked(Start);

        var refused = Assert.Throws<RuleViolationException>(() =>
            assignment.RecordAttendance(AttendanceOutcome.DONE, 3, null, null, AttendanceSource.PARTNER, "partner", Start.AddMinutes(-1)));

        Assert.Equal("attendance-before-start", refused.Code);
        Assert.Equal(AssignmentStatus.BOOKED, assignment.Status);
    }

    [Fact]
    public void Attendance_is_recorded_once_and_an_absence_realises_no_hours()
    {
        var assignment = Assignments.Booked(Start);

        assignment.RecordAttendance(AttendanceOutcome.ABSENT_JUSTIFIED, 3, null, null, AttendanceSource.PARTNER, "partner", Start.AddHours(4));

        Assert.Equal((AssignmentStatus.ABSENT_JUSTIFIED, 0m), (assignment.Status, assignment.RealisedHours));
        Assert.Equal("attendance-already-recorded", Assert.Throws<RuleViolationException>(() =>
            assignment.RecordAttendance(AttendanceOutcome.DONE, 3, null, null, AttendanceSource.REFERENT, "referent-1", Start.AddHours(5))).Code);
    }

    [Fact]
    public void Recorded_instants_keep_the_microsecond_precision_the_database_keeps()
    {
        var assignment = Assignments.Booked(Start);
        var at = Start.AddHours(4).AddTicks(7);

        assignment.RecordAttendance(AttendanceOutcome.DONE, 3, null, null, AttendanceSource.PARTNER, "partner", at);

        Assert.Equal(Start.AddHours(4), assignment.RecordedAt);
    }

    [Fact]
    public void A_provider_cancellation_reaches_booked_assignments_but_not_recorded_ones()
    {
        var booked = Assignments.Booked(Start);
        var done = Assignments.Booked(Start);
        done.RecordAttendance(AttendanceOutcome.DONE, 3, null, null, AttendanceSource.PARTNER, "partner", Start.AddHours(4));

        Assert.True(booked.CancelByProvider(Start));
        Assert.False(done.CancelByProvider(Start));
        Assert.Equal((AssignmentStatus.CANCELLED_BY_PROVIDER, AssignmentStatus.DONE), (booked.Status, done.Status));
    }

    [Fact]
    public void A_moved_session_moves_its_booked_assignment_into_the_new_week_and_raises_the_sequence()
    {
        var assignment = Assignments.Booked(Start, sessionId: Guid.NewGuid());

        Assert.True(assignment.FollowSession(Start.AddDays(7), Start.AddDays(7).AddHours(3), Start));

        Assert.Equal(("2026-W49", 1), (assignment.Week, assignment.Sequence));
    }

    [Fact]
    public void An_activity_that_ends_before_it_starts_is_refused()
    {
        Assert.Equal("ends-before-start", Assert.Throws<RuleViolationException>(() => Assignments.Booked(Start, hours: -1)).Code);
    }

    [Fact]
    public void The_same_session_is_not_booked_twice_in_a_programme()
    {
        var session = Guid.NewGuid();
        var programme = new[] { Assignments.Booked(Start, sessionId: session) };

        Assert.Equal("already-booked", Assert.Throws<RuleViolationException>(() =>
            ProgrammeConflicts.EnsureFits(programme, session, Start.AddDays(1), Start.AddDays(1).AddHours(1))).Code);
    }

    [Fact]
    public void An_activity_overlapping_one_that_holds_its_slot_is_a_programme_conflict()
    {
        var programme = new[] { Assignments.Booked(Start) };

        Assert.Equal("programme-conflict", Assert.Throws<RuleViolationException>(() =>
            ProgrammeConflicts.EnsureFits(programme, null, Start.AddHours(2), Start.AddHours(4))).Code);
    }

    [Fact]
    public void A_cancelled_or_missed_activity_frees_its_slot()
    {
        var cancelled = Assignments.Booked(Start);
        cancelled.CancelByProvider(Start.AddDays(-1));
        var missed = Assignments.Booked(Start);
        missed.RecordAttendance(AttendanceOutcome.ABSENT_UNJUSTIFIED, 0, null, null, AttendanceSource.PARTNER, "p", Start.AddHours(3));

        ProgrammeConflicts.EnsureFits([cancelled, missed], null, Start, Start.AddHours(3));
    }
}
