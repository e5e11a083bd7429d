using Intensif.Scheduling.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Scheduling.Tests.Domain;

/// <summary>The hours ledger of one ISO week: SR-03 (realised against target, gap reason), SR-04 (overlaps, 35 h), SR-05 (accompanied share).</summary>
public sealed class WeeklyLedgerTests
{
    private static readonly DateTimeOffset Monday9 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static LedgerLine Line(AssignmentStatus status, double startHours, double lengthHours, decimal planned, decimal? realised = null, bool accompanied = true) =>
        new(Guid.NewGuid(), status, Monday9.AddHours(startHours), Monday9.AddHours(startHours + lengthHours), planned,
            realised ?? (status == AssignmentStatus.DONE ? planned : null), accompanied);

    [Fact]
    public void SR03_realised_hours_are_the_valued_hours_of_done_assignments_only()
    {
        var ledger = WeeklyLedger.Compute(15, [
            Line(AssignmentStatus.DONE, 0, 3, 3), Line(AssignmentStatus.DONE, 24, 2, 2, realised: 1.5m),
            Line(AssignmentStatus.BOOKED, 48, 3, 3), Line(AssignmentStatus.ABSENT_UNJUSTIFIED, 72, 3, 3, realised: 0),
        ]);

        Assert.Equal(4.5m, ledger.RealisedHours);
        Assert.Equal(10.5m, ledger.GapHours);
    }

    [Fact]
    public void SR03_planned_hours_leave_out_unbooked_proposals_and_provider_cancellations()
    {
        var ledger = WeeklyLedger.Compute(15, [
            Line(AssignmentStatus.BOOKED, 0, 3, 3), Line(AssignmentStatus.CONFIRMED, 24, 3, 3), Line(AssignmentStatus.DONE, 48, 3, 3),
            Line(AssignmentStatus.ABSENT_JUSTIFIED, 72, 2, 2), Line(AssignmentStatus.PROPOSED, 96, 3, 3), Line(AssignmentStatus.CANCELLED_BY_PROVIDER, 100, 3, 3),
        ]);

        Assert.Equal(11m, ledger.PlannedHours);
    }

    [Fact]
    public void SR03_a_week_at_or_above_its_target_has_no_gap_and_needs_no_reason()
    {
        var ledger = WeeklyLedger.Compute(5, [Line(AssignmentStatus.DONE, 0, 3, 3), Line(AssignmentStatus.DONE, 24, 3, 3)]);

        Assert.Equal(0m, ledger.GapHours);
        Assert.Null(ledger.ObservedGapReason);
        Assert.Equal(GapReason.NONE, ledger.ReasonForClosing(null));
    }

    [Fact]
    public void SR03_the_gap_reason_comes_first_from_a_provider_cancellation_then_from_absences()
    {
        var cancelled = WeeklyLedger.Compute(15, [Line(AssignmentStatus.ABSENT_JUSTIFIED, 0, 3, 3), Line(AssignmentStatus.CANCELLED_BY_PROVIDER, 24, 3, 3)]);
        var justified = WeeklyLedger.Compute(15, [Line(AssignmentStatus.ABSENT_UNJUSTIFIED, 0, 3, 3), Line(AssignmentStatus.ABSENT_JUSTIFIED, 24, 3, 3)]);
        var unjustified = WeeklyLedger.Compute(15, [Line(AssignmentStatus.ABSENT_UNJUSTIFIED, 0, 3, 3)]);

        Assert.Equal(GapReason.PROVIDER_CANCELLATION, cancelled.ReasonForClosing(null));
        Assert.Equal(GapReason.JUSTIFIED_ABSENCE, justified.ReasonForClosing(null));
        Assert.Equal(GapReason.UNJUSTIFIED_ABSENCE, unjustified.ReasonForClosing(null));
    }

    [Fact]
    public void SR03_a_stated_reason_wins_and_a_gap_nothing_explains_needs_one()
    {
        var ledger = WeeklyLedger.Compute(15, [Line(AssignmentStatus.DONE, 0, 3, 3)]);

        Assert.Equal(GapReason.ILLNESS, ledger.ReasonForClosing(GapReason.ILLNESS));
        Assert.Equal("gap-reason-required", Assert.Throws<RuleViolationException>(() => ledger.ReasonForClosing(null)).Code);
        Assert.Equal("gap-reason-required", Assert.Throws<RuleViolationException>(() => ledger.ReasonForClosing(GapReason.NONE)).Code);
    }

    [Fact]
    public void SR04_overlapping_done_slots_are_counted_once_keeping_the_one_worth_more()
    {
        var small = Line(AssignmentStatus.DONE, 0, 3, 1);
        var large = Line(AssignmentStatus.DONE, 1, 3, 3);
        var apart = Line(AssignmentStatus.DONE, 24, 2, 2);

        var ledger = WeeklyLedger.Compute(15, [small, large, apart]);

        Assert.Equal(5m, ledger.RealisedHours);
        Assert.Equal([small.AssignmentId], ledger.NotCountedOverlaps);
    }

    [Fact]
    public void SR04_slots_that_only_touch_do_not_overlap()
    {
        var ledger = WeeklyLedger.Compute(15, [Line(AssignmentStatus.DONE, 0, 3, 3), Line(AssignmentStatus.DONE, 3, 2, 2)]);

        Assert.Equal(5m, ledger.RealisedHours);
        Assert.Empty(ledger.NotCountedOverlaps);
    }

    [Fact]
    public void SR04_on_a_tie_the_earlier_of_two_overlapping_slots_counts()
    {
        var early = Line(AssignmentStatus.DONE, 0, 3, 3);
        var late = Line(AssignmentStatus.DONE, 2, 3, 3);

        var ledger = WeeklyLedger.Compute(15, [late, early]);

        Assert.Equal(3m, ledger.RealisedHours);
        Assert.Equal([late.AssignmentId], ledger.NotCountedOverlaps);
    }

    [Fact]
    public void SR04_a_week_above_35_hours_is_flagged_and_one_at_35_is_not()
    {
        var at35 = WeeklyLedger.Compute(15, Enumerable.Range(0, 5).Select(d => Line(AssignmentStatus.DONE, d * 24, 7, 7)));
        var above = WeeklyLedger.Compute(15, Enumerable.Range(0, 5).Select(d => Line(AssignmentStatus.DONE, d * 24, 7, 7))
            .Append(Line(AssignmentStatus.BOOKED, 5 * 24, 2, 2)));

        Assert.False(at35.AboveNormalWorkingWeek);
        Assert.True(above.AboveNormalWorkingWeek);
    }

    [Fact]
    public void SR05_the_accompanied_share_is_accompanied_realised_over_realised()
    {
        var ledger = WeeklyLedger.Compute(15, [
            Line(AssignmentStatus.DONE, 0, 3, 3, accompanied: true), Line(AssignmentStatus.DONE, 24, 1, 1, accompanied: false),
        ]);

        Assert.Equal(3m, ledger.AccompaniedHours);
        Assert.Equal(1m, ledger.AutonomousHours);
        Assert.Equal(0.75m, ledger.AccompaniedShare);
    }

    [Fact]
    public void SR05_a_week_with_nothing_realised_has_no_accompanied_share()
    {
        var ledger = WeeklyLedger.Compute(15, [Line(AssignmentStatus.BOOKED, 0, 3, 3)]);

        Assert.Null(ledger.AccompaniedShare);
    }
}
