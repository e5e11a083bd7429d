namespace Intensif.Scheduling.Api.Calendar;

/// <summary>
/// One VEVENT of a feed: <see cref="Uid"/> never changes for the same thing, <see cref="Sequence"/> rises on each change,
/// <see cref="Cancelled"/> gives STATUS:CANCELLED (kept in the feed so calendars strike the copy out).
/// </summary>
public sealed record CalendarEvent(
    string Uid,
    DateTimeOffset Start,
    DateTimeOffset End,
    int Sequence,
    bool Cancelled,
    DateTimeOffset ChangedAt,
    string Summary,
    string Description,
    string? Location = null);
