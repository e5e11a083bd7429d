using Intensif.Scheduling.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Scheduling.Tests.Domain;

/// <summary>Seats and the waitlist of a shared calendar event (plain domain, no database).</summary>
public sealed class WaitlistTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static SharedEvent Session(int capacity) => SharedEvent.Create(SharedEventKind.COLLECTIVE_SESSION, "org-a", "organisme", "referent-1", "75",
        "MOBILITE", "GEN-COL-01", "Atelier mobilité", Now.AddDays(7), Now.AddDays(7).AddHours(3), "Maison de l'emploi", null, capacity, Now);

    private static EventBooking Person(SharedEvent e, int minute) =>
        EventBooking.ForPerson(e.Id, Guid.NewGuid(), Guid.NewGuid(), "org-b", "referent-2", 3m, "ACCOMPAGNEE", Now.AddMinutes(minute));

    [Fact]
    public void A_booking_takes_a_seat_while_one_is_left_then_joins_the_waitlist()
    {
        var e = Session(capacity: 2);
        var bookings = Enumerable.Range(0, 3).Select(i => Person(e, i)).ToList();

        var admitted = bookings.Select((b, i) => Waitlist.Admit(e, b, () => Guid.NewGuid(), Now.AddMinutes(i))).ToList();

        Assert.Equal([true, true, false], admitted);
        Assert.Equal((2, 0), (e.SeatsTaken, e.SeatsLeft));
        Assert.Equal(EventBookingStatus.WAITLISTED, bookings[2].Status);
        Assert.Null(bookings[2].AssignmentId);
        Assert.NotNull(bookings[0].AssignmentId);
    }

    [Fact]
    public async Task A_freed_seat_goes_to_the_earliest_waitlisted_booking()
    {
        var e = Session(capacity: 1);
        var (first, second, third) = (Person(e, 0), Person(e, 1), Person(e, 2));
        Waitlist.Admit(e, first, () => Guid.NewGuid(), Now);
        Waitlist.Admit(e, third, () => Guid.NewGuid(), Now.AddMinutes(2));
        Waitlist.Admit(e, second, () => Guid.NewGuid(), Now.AddMinutes(1));

        if (first.Cancel(Now.AddHours(1))) e.FreeSeat();
        var promoted = await Waitlist.ServeAsync(e, [first, second, third], _ => Task.FromResult(Placement.Placed(Guid.NewGuid())), Now.AddHours(1));

        Assert.Equal([second], promoted);
        Assert.Equal((EventBookingStatus.BOOKED, EventBookingStatus.WAITLISTED), (second.Status, third.Status));
        Assert.Equal(0, e.SeatsLeft);
    }

    [Fact]
    public async Task A_waitlisted_person_whose_programme_conflicts_is_passed_over_with_the_reason_and_the_next_is_served()
    {
        var e = Session(capacity: 1);
        var (holder, conflicting, next) = (Person(e, 0), Person(e, 1), Person(e, 2));
        Waitlist.Admit(e, holder, () => Guid.NewGuid(), Now);
        Waitlist.Admit(e, conflicting, () => Guid.NewGuid(), Now.AddMinutes(1));
        Waitlist.Admit(e, next, () => Guid.NewGuid(), Now.AddMinutes(2));

        if (holder.Cancel(Now.AddHours(1))) e.FreeSeat();
        var promoted = await Waitlist.ServeAsync(e, [conflicting, next],
            b => Task.FromResult(b == conflicting ? Placement.Refused("programme-conflict: the person's programme already holds TRE-CAND-01") : Placement.Placed(Guid.NewGuid())),
            Now.AddHours(1));

        Assert.Equal([next], promoted);
        Assert.Equal(EventBookingStatus.WAITLISTED, conflicting.Status);
        Assert.StartsWith("programme-conflict", conflicting.WaitlistReason);
    }

    [Fact]
    public async Task A_larger_capacity_serves_as_many_waiting_as_new_seats_and_a_smaller_one_never_goes_below_the_seats_taken()
    {
        var e = Session(capacity: 1);
        var bookings = Enumerable.Range(0, 4).Select(i => Person(e, i)).ToList();
        foreach (var b in bookings) Waitlist.Admit(e, b, () => Guid.NewGuid(), Now);

        e.Update("MOBILITE", "Atelier mobilité", e.Start, e.End, "Maison de l'emploi", null, 3, Now.AddHours(1));
        var promoted = await Waitlist.ServeAsync(e, bookings, _ => Task.FromResult(Placement.Placed(Guid.NewGuid())), Now.AddHours(1));
        var below = Assert.Throws<RuleViolationException>(() => e.Update("MOBILITE", "Atelier", e.Start, e.End, "Ici", null, 2, Now.AddHours(2)));

        Assert.Equal(2, promoted.Count);
        Assert.Equal((3, 1), (e.SeatsTaken, bookings.Count(b => b.Status == EventBookingStatus.WAITLISTED)));
        Assert.Equal("capacity-below-seats-taken", below.Code);
        Assert.Equal(3, e.Capacity);
    }

    [Fact]
    public async Task A_coordination_meeting_without_capacity_never_waitlists_and_a_cancelled_event_serves_nobody()
    {
        var meeting = SharedEvent.Create(SharedEventKind.COORDINATION, "partner-1", "partner", "partner-1", "75", null, null, "Comité de suivi",
            Now.AddDays(3), Now.AddDays(3).AddHours(2), null, "https://visio.example.org/comite", null, Now);
        var participants = Enumerable.Range(0, 30).Select(i => EventBooking.ForParticipant(meeting.Id, $"pro-{i}", "org-a", Now)).ToList();

        Assert.All(participants, p => Assert.True(Waitlist.Admit(meeting, p, () => null, Now)));
        meeting.Cancel(Now.AddHours(1));
        Assert.Empty(await Waitlist.ServeAsync(meeting, participants, _ => Task.FromResult(Placement.Placed(null)), Now.AddHours(1)));
        Assert.Equal("event-cancelled", Assert.Throws<RuleViolationException>(() => meeting.EnsureOpenForBooking(Now.AddHours(2))).Code);
    }

    [Fact]
    public void An_event_ends_after_it_starts_lasts_at_most_12_hours_and_a_collective_session_has_a_capacity()
    {
        RuleViolationException Refusal(Action create) => Assert.Throws<RuleViolationException>(create);

        Assert.Equal("ends-before-start", Refusal(() => SharedEvent.Create(SharedEventKind.COORDINATION, "o", "organisme", "r", "75", null, null, "T",
            Now, Now, "Ici", null, null, Now)).Code);
        Assert.Equal("event-too-long", Refusal(() => SharedEvent.Create(SharedEventKind.COORDINATION, "o", "organisme", "r", "75", null, null, "T",
            Now, Now.AddHours(12).AddMinutes(1), "Ici", null, null, Now)).Code);
        Assert.Equal("capacity-required", Refusal(() => SharedEvent.Create(SharedEventKind.COLLECTIVE_SESSION, "o", "organisme", "r", "75", null,
            "GEN-COL-01", "T", Now, Now.AddHours(1), "Ici", null, null, Now)).Code);
    }

    [Fact]
    public void Updating_or_cancelling_raises_the_sequence_and_a_cancelled_booking_cannot_be_cancelled_again()
    {
        var e = Session(capacity: 2);
        var booking = Person(e, 0);
        Waitlist.Admit(e, booking, () => Guid.NewGuid(), Now);

        e.Update("MOBILITE", "Atelier déplacé", e.Start.AddHours(1), e.End.AddHours(1), "Ailleurs", null, 2, Now.AddHours(1));
        e.Cancel(Now.AddHours(2));
        booking.CancelByProvider(Now.AddHours(2));

        Assert.Equal((2, true, 0), (e.Sequence, e.Cancelled, e.SeatsTaken));
        Assert.Equal(EventBookingStatus.CANCELLED_BY_PROVIDER, booking.Status);
        Assert.Equal("booking-closed", Assert.Throws<RuleViolationException>(() => booking.Cancel(Now.AddHours(3))).Code);
    }
}
