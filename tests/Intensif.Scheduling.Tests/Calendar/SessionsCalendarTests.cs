using Intensif.Scheduling.Api.Calendar;
using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Tests.Calendar;

public sealed class SessionsCalendarTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_session_starts_at_SEQUENCE_0_and_each_newer_update_and_the_cancellation_raise_it_once()
    {
        var session = PartnerSessionCopy.Unknown(Guid.NewGuid(), Guid.NewGuid(), "GEN-COL-01");

        session.Describe("GEN-COL-01", Monday, Monday.AddHours(3), "Salle A", "75", "MOBILITE", 10, 10, Monday.AddDays(-7));
        var first = session.Sequence;
        session.Describe("GEN-COL-01", Monday.AddHours(1), Monday.AddHours(4), "Salle B", "75", "MOBILITE", 10, 9, Monday.AddDays(-8));   // older: ignored
        var afterOlder = session.Sequence;
        session.Describe("GEN-COL-01", Monday.AddHours(1), Monday.AddHours(4), "Salle B", "75", "MOBILITE", 10, 9, Monday.AddDays(-6));
        var afterUpdate = session.Sequence;
        session.Cancel(Monday.AddHours(1), "75", Monday.AddDays(-5));
        session.Cancel(Monday.AddHours(1), "75", Monday.AddDays(-4));   // redelivered: already cancelled

        Assert.Equal((0, 0, 1, 2), (first, afterOlder, afterUpdate, session.Sequence));
        Assert.Equal(Monday.AddDays(-5), session.ChangedAt);
    }

    [Fact]
    public void A_cancelled_session_stays_in_the_feed_as_STATUS_CANCELLED_with_its_place_escaped_and_Paris_times()
    {
        var session = PartnerSessionCopy.Unknown(Guid.NewGuid(), Guid.NewGuid(), "GEN-COL-01");
        session.Describe("GEN-COL-01", Monday, Monday.AddHours(3), "12 rue de la Gare, salle 2; RDC", "75", "MOBILITE", 10, 4, Monday.AddDays(-7));
        session.Cancel(Monday, "75", Monday.AddDays(-1));

        var ics = new ICalendarText(SessionsCalendar.Render("Intensif — séances MOBILITE, territoire 75", [session]));

        var e = Assert.Single(ics.Components("VEVENT"));
        Assert.Equal($"{session.SessionId}@intensif", e["UID"]);
        Assert.Equal("20261123T090000", e["DTSTART;TZID=Europe/Paris"]);   // CET, UTC+1
        Assert.Equal("20261123T120000", e["DTEND;TZID=Europe/Paris"]);
        Assert.Equal(("1", "CANCELLED"), (e["SEQUENCE"], e["STATUS"]));
        Assert.Equal("12 rue de la Gare\\, salle 2\\; RDC", e["LOCATION"]);
        Assert.Equal("20261122T080000Z", e["DTSTAMP"]);
        Assert.True(ics.MaxOctets <= 75);
    }
}
