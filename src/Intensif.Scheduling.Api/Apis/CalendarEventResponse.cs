using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// A shared calendar event as every professional of its territory sees it (seats, seats left, waitlist length), with
/// only the bookings the caller may see: their own organisation's (another organisme's people are only counted), or
/// all of them for a partner organising it (its attendance sheet).
/// </summary>
public sealed record CalendarEventResponse(
    Guid Id, SharedEventKind Kind, string Title, string? EntryCode, string Territory, string? Theme, DateTimeOffset Start, DateTimeOffset End,
    string? Location, string? VideoLink, string OrganiserKind, string OrganiserId, int? Capacity, int SeatsTaken, int? SeatsLeft, int WaitlistLength,
    bool Cancelled, int Sequence, IReadOnlyList<EventBookingResponse> Bookings)
{
    public static CalendarEventResponse From(SharedEvent e, int waitlistLength, IEnumerable<EventBooking> visibleBookings) =>
        new(e.Id, e.Kind, e.Title, e.EntryCode, e.Territory, e.Theme, e.Start, e.End, e.Location, e.VideoLink, e.OrganiserKind, e.OrganiserOrganisation,
            e.Capacity, e.SeatsTaken, e.SeatsLeft, waitlistLength, e.Cancelled, e.Sequence, visibleBookings.Select(EventBookingResponse.From).ToList());
}
