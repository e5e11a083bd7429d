using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Calendar;

/// <summary>
/// The partner sessions and shared calendar events of a territory (and theme) as a VCALENDAR: UID the session's or
/// event's id, SEQUENCE raised by each update or the cancellation, STATUS:CANCELLED for a cancelled one.
/// </summary>
public static class SessionsCalendar
{
    public static string Render(string calendarName, IEnumerable<PartnerSessionCopy> sessions) => Render(calendarName, sessions, []);

    public static string Render(string calendarName, IEnumerable<PartnerSessionCopy> sessions, IEnumerable<SharedEvent> events) =>
        ParisCalendar.Render(calendarName, sessions.Select(EventOf).Concat(events.Select(EventOf)).OrderBy(e => e.Start).ThenBy(e => e.Uid, StringComparer.Ordinal));

    private static CalendarEvent EventOf(PartnerSessionCopy s) => new(
        $"{s.SessionId}@intensif", s.Start, s.End, s.Sequence, s.Cancelled, s.ChangedAt,
        $"Séance {s.EntryCode} ({s.Theme})",
        $"{s.EntryCode}, thème {s.Theme}, territoire {s.Territory}, {s.SeatsLeft} place(s) sur {s.Capacity}.\nFiche : /api/scheduling/sessions/{s.SessionId}",
        s.Location);

    private static CalendarEvent EventOf(SharedEvent e) => new(
        $"{e.Id}@intensif", e.Start, e.End, e.Sequence, e.Cancelled, e.UpdatedAt,
        e.Kind == SharedEventKind.COLLECTIVE_SESSION ? $"Séance collective {e.EntryCode} : {e.Title}" : $"Coordination : {e.Title}",
        // counts only: who is booked is never in a shared feed
        $"{(e.Kind == SharedEventKind.COLLECTIVE_SESSION ? $"Séance collective {e.EntryCode}" : "Réunion de coordination")}, "
        + $"thème {e.Theme ?? "tous"}, territoire {e.Territory}, organisé par {e.OrganiserKind} {e.OrganiserOrganisation}"
        + (e.Capacity is { } capacity ? $", {e.SeatsLeft} place(s) sur {capacity}" : "") + "."
        + (e.VideoLink is { } link ? $"\nVisio : {link}" : "") + $"\nFiche : /api/scheduling/calendar/events/{e.Id}",
        e.Location ?? e.VideoLink);
}
