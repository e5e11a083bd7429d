namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// Seats and the waitlist of a shared calendar event. The caller holds the event's row lock (<c>SELECT … FOR UPDATE</c>),
/// so these decisions run one at a time per event: a seat is never given twice, and a freed seat goes to the head of
/// the waitlist inside the transaction that frees it ("waitlist non-empty ⇒ no seat left", unless everyone waiting was
/// passed over).
/// </summary>
public static class Waitlist
{
    /// <summary>
    /// A new booking takes a seat when one is left (<paramref name="place"/> then creates what the seat gives, e.g. the
    /// person's assignment, and returns its id), else joins the waitlist. Returns true when booked.
    /// </summary>
    public static bool Admit(SharedEvent calendarEvent, EventBooking booking, Func<Guid?> place, DateTimeOffset now)
    {
        if (!calendarEvent.TryTakeSeat())
        {
            booking.Waitlist(now);
            return false;
        }
        booking.Book(place(), now);
        return true;
    }

    /// <summary>
    /// Serves the free seats to the waitlisted bookings in order (by waitlisted time, then id). <paramref name="tryPlace"/>
    /// places one (e.g. creates the person's assignment): it answers the assignment's id, or a reason not to place it
    /// (a conflict in the person's programme; it may ask the catalogue, hence a task), in which case that booking keeps waiting with the reason and the next is
    /// served. Returns the bookings promoted.
    /// </summary>
    public static async Task<IReadOnlyList<EventBooking>> ServeAsync(SharedEvent calendarEvent, IEnumerable<EventBooking> bookings,
        Func<EventBooking, Task<Placement>> tryPlace, DateTimeOffset now)
    {
        var promoted = new List<EventBooking>();
        if (calendarEvent.Cancelled) return promoted;
        foreach (var waiting in bookings.Where(b => b.Status == EventBookingStatus.WAITLISTED).OrderBy(b => b.WaitlistedAt).ThenBy(b => b.Id).ToList())
        {
            if (!calendarEvent.HasSeatLeft) break;
            var placement = await tryPlace(waiting);
            if (placement.Refusal is { } reason)
            {
                waiting.PassOver(reason, now);
                continue;
            }
            calendarEvent.TryTakeSeat();
            waiting.Book(placement.AssignmentId, now);
            promoted.Add(waiting);
        }
        return promoted;
    }
}
