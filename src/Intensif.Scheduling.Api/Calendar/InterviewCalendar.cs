using System.Globalization;
using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Calendar;

/// <summary>
/// A référent's entretiens as an RFC 5545 VCALENDAR: Europe/Paris times with their VTIMEZONE, one VEVENT per entretien
/// whose UID never changes, SEQUENCE raised on each change and STATUS:CANCELLED for cancelled ones, so calendar
/// applications update or strike out their copy instead of duplicating it (RDV Service Public #3246, #3375).
/// </summary>
public static class InterviewCalendar
{
    public static string Render(string calendarName, IEnumerable<Interview> interviews)
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
        foreach (var interview in interviews) WriteEvent(ics, interview);
        return ics.Line("END", "VCALENDAR").ToString();
    }

    private static void WriteEvent(ICalendarWriter ics, Interview i)
    {
        ics.Line("BEGIN", "VEVENT")
            .Line("UID", $"{i.Id}@intensif")
            .Line("DTSTAMP", Utc(i.UpdatedAt))
            .Line("LAST-MODIFIED", Utc(i.UpdatedAt))
            .Line($"DTSTART;TZID={ParisTime.ZoneId}", Paris(i.ScheduledAt))
            .Line($"DTEND;TZID={ParisTime.ZoneId}", Paris(i.ScheduledAt.AddMinutes(i.DurationMinutes)))
            .Line("SEQUENCE", i.Sequence.ToString(CultureInfo.InvariantCulture))
            .Line("STATUS", i.Status == InterviewStatus.CANCELLED ? "CANCELLED" : "CONFIRMED")
            .Text("SUMMARY", $"Entretien {i.Type} ({i.Channel})")
            // pseudonymous: the person's id, never their name, leaves the platform in a feed
            .Text("DESCRIPTION", $"Entretien {i.Type}, canal {i.Channel}, statut {i.Status}.\nPersonne : {i.BeneficiaryId}\nFiche : /api/scheduling/interviews/{i.Id}")
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
