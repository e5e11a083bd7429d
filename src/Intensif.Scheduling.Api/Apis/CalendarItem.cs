namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// One line of a territory's shared calendar: a calendar event (<c>source</c> CALENDAR, kind COLLECTIVE_SESSION or
/// COORDINATION) or a Partners session Scheduling knows (<c>source</c> PARTNERS, kind PARTNER_SESSION; its waitlist is
/// Partners', so <c>waitlistLength</c> is null). No person is named or counted by organisme.
/// </summary>
public sealed record CalendarItem(
    Guid Id, string Source, string Kind, string Title, string? EntryCode, string Territory, string? Theme, DateTimeOffset Start, DateTimeOffset End,
    string? Location, string OrganiserKind, string OrganiserId, int? Capacity, int SeatsTaken, int? SeatsLeft, int? WaitlistLength, bool Cancelled);
