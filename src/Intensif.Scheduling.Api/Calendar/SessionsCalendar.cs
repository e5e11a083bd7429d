using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Calendar;

/// <summary>
/// The partner sessions of a territory (and theme) as a VCALENDAR: UID the session id, SEQUENCE raised by each update
/// or the cancellation, STATUS:CANCELLED for a cancelled session.
/// </summary>
public static class SessionsCalendar
{
    public static string Render(string calendarName, IEnumerable<PartnerSessionCopy> sessions) =>
        ParisCalendar.Render(calendarName, sessions.Select(EventOf));

    private static CalendarEvent EventOf(PartnerSessionCopy s) => new(
        $"{s.SessionId}@intensif", s.Start, s.End, s.Sequence, s.Cancelled, s.ChangedAt,
        $"Séance {s.EntryCode} ({s.Theme})",
        $"{s.EntryCode}, thème {s.Theme}, territoire {s.Territory}, {s.SeatsLeft} place(s) sur {s.Capacity}.\nFiche : /api/scheduling/sessions/{s.SessionId}",
        s.Location);
}
