using Intensif.Scheduling.Api.Calendar;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Tests.Domain;

namespace Intensif.Scheduling.Tests.Calendar;

public sealed class InterviewCalendarTests
{
    [Fact]
    public void A_feed_is_a_VCALENDAR_with_the_Paris_VTIMEZONE_and_one_VEVENT_per_interview_in_Paris_time()
    {
        var winter = Interviews.At(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));
        var summer = Interviews.At(new DateTimeOffset(2027, 7, 6, 8, 0, 0, TimeSpan.Zero));

        var ics = new ICalendarText(InterviewCalendar.Render("Intensif — entretiens", [winter, summer]));

        Assert.Equal("BEGIN:VCALENDAR", ics.Lines[0]);
        Assert.Equal("END:VCALENDAR", ics.Lines[^1]);
        Assert.Contains("VERSION:2.0", ics.Lines);
        Assert.Contains(ics.Lines, l => l.StartsWith("PRODID:"));
        var zone = Assert.Single(ics.Components("VTIMEZONE"));
        Assert.Equal("Europe/Paris", zone["TZID"]);
        var events = ics.Components("VEVENT");
        Assert.Equal(2, events.Count);
        Assert.Equal($"{winter.Id}@intensif", events[0]["UID"]);
        Assert.Equal("20261110T100000", events[0]["DTSTART;TZID=Europe/Paris"]);   // CET, UTC+1
        Assert.Equal("20261110T104500", events[0]["DTEND;TZID=Europe/Paris"]);
        Assert.Equal("20270706T100000", events[1]["DTSTART;TZID=Europe/Paris"]);   // CEST, UTC+2
        Assert.All(events, e => Assert.Matches("^\\d{8}T\\d{6}Z$", e["DTSTAMP"]));
        Assert.All(events, e => Assert.Equal("CONFIRMED", e["STATUS"]));
    }

    [Fact]
    public void An_update_keeps_the_UID_and_raises_the_SEQUENCE_and_a_cancellation_is_STATUS_CANCELLED()
    {
        var now = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var interview = Interviews.At(now.AddDays(8));
        var before = Event(interview);

        interview.Reschedule(now.AddDays(9), 60, InterviewChannel.VISIO, now);
        var moved = Event(interview);
        interview.Cancel(now.AddHours(1));
        var cancelled = Event(interview);

        Assert.Equal(before["UID"], moved["UID"]);
        Assert.Equal(before["UID"], cancelled["UID"]);
        Assert.True(int.Parse(moved["SEQUENCE"]) > int.Parse(before["SEQUENCE"]));
        Assert.True(int.Parse(cancelled["SEQUENCE"]) > int.Parse(moved["SEQUENCE"]));
        Assert.Equal("CANCELLED", cancelled["STATUS"]);
    }

    [Fact]
    public void Lines_longer_than_75_octets_are_folded_without_splitting_a_character_and_unfold_to_the_value()
    {
        var name = string.Concat(Enumerable.Repeat("Entretiens de la référente é ", 6)).Trim();
        var interview = Interviews.At(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));

        var ics = new ICalendarText(InterviewCalendar.Render(name, [interview]));

        Assert.True(ics.MaxOctets <= 75, $"a line of {ics.MaxOctets} octets");
        Assert.Contains(ics.PhysicalLines, l => l.StartsWith(' '));
        Assert.Contains($"X-WR-CALNAME:{name}", ics.Lines);
        var description = Assert.Single(ics.Components("VEVENT"))["DESCRIPTION"];
        Assert.Contains($"Fiche : /api/scheduling/interviews/{interview.Id}", description);
        Assert.Contains("\\n", description);   // TEXT escaping of line breaks
    }

    private static Dictionary<string, string> Event(Interview interview) =>
        Assert.Single(new ICalendarText(InterviewCalendar.Render("x", [interview])).Components("VEVENT"));
}
