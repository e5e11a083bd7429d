using Intensif.ServiceDefaults.Time;
using System.Globalization;
using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Calendar;

/// <summary>
/// An RFC 5545 VCALENDAR of Europe/Paris events, with their VTIMEZONE: every feed (entretiens, a programme, a territory's
/// sessions) is written here, so they share the UID, SEQUENCE and STATUS:CANCELLED rules.
/// </summary>
public static class ParisCalendar
{
    public static string Render(string calendarName, IEnumerable<CalendarEvent> events)
    {
        var ics = new ICalendarWriter()
            .Line("BEGIN", "VCALENDAR")
            .Line("VERSION", "2.0")
            .Line("PRODID", "-//Intensif//Scheduling//FR")
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", "PUBLISH")
            .Text("X-WR-CALNAME", calendarName)
            .Line("X-WR-TIMEZONE", ParisTime.ZoneId);
        WriteParisTimeZone(ics);
        foreach (var calendarEvent in events) WriteEvent(ics, calendarEvent);
        return ics.Line("END", "VCALENDAR").ToString();
    }

    private static void WriteEvent(ICalendarWriter ics, CalendarEvent e)
    {
        ics.Line("BEGIN", "VEVENT")
            .Line("UID", e.Uid)
            .Line("DTSTAMP", Utc(e.ChangedAt))
            .Line("LAST-MODIFIED", Utc(e.ChangedAt))
            .Line($"DTSTART;TZID={ParisTime.ZoneId}", Paris(e.Start))
            .Line($"DTEND;TZID={ParisTime.ZoneId}", Paris(e.End))
            .Line("SEQUENCE", e.Sequence.ToString(CultureInfo.InvariantCulture))
            .Line("STATUS", e.Cancelled ? "CANCELLED" : "CONFIRMED")
            .Text("SUMMARY", e.Summary);
        if (!string.IsNullOrWhiteSpace(e.Location)) ics.Text("LOCATION", e.Location);
        ics.Text("DESCRIPTION", e.Description)
            .Line("END", "VEVENT");
    }

    private static void WriteParisTimeZone(ICalendarWriter ics) => ics
        .Line("BEGIN", "VTIMEZONE")
        .Line("TZID", ParisTime.ZoneId)
        .Line("BEGIN", "DAYLIGHT")
        .Line("TZOFFSETFROM", "+0100")
        .Line("TZOFFSETTO", "+0200")
        .Line("TZNAME", "CEST")
        .Line("DTSTART", "19810329T020000")
        .Line("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        .Line("END", "DAYLIGHT")
        .Line("BEGIN", "STANDARD")
        .Line("TZOFFSETFROM", "+0200")
        .Line("TZOFFSETTO", "+0100")
        .Line("TZNAME", "CET")
        .Line("DTSTART", "19961027T030000")
        .Line("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        .Line("END", "STANDARD")
        .Line("END", "VTIMEZONE");

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Paris(DateTimeOffset instant) => ParisTime.ToParis(instant).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
