using Intensif.Scheduling.Api.Calendar;
using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Tests.Calendar;

/// <summary>The shared calendar's events in a territory's sessions feed, written by the shared Paris calendar writer.</summary>
public sealed class SharedEventsCalendarTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Events_and_partner_sessions_are_merged_in_time_order_with_stable_UIDs_and_a_raised_SEQUENCE_once_cancelled()
    {
        var session = PartnerSessionCopy.Unknown(Guid.NewGuid(), Guid.NewGuid(), "GEN-COL-01");
        session.Describe("GEN-COL-01", Monday.AddHours(2), Monday.AddHours(4), "Salle A", "75", "MOBILITE", 10, 10, Monday.AddDays(-7));
        var meeting = SharedEvent.Create(SharedEventKind.COORDINATION, "org-a", "organisme", "referent-1", "75", "MOBILITE", null,
            "Synthèse, comité de suivi; point mensuel", Monday, Monday.AddHours(1), null, "https://visio.example.org/comite", 8, Monday.AddDays(-3));
        var workshop = SharedEvent.Create(SharedEventKind.COLLECTIVE_SESSION, "org-a", "organisme", "referent-1", "75", "MOBILITE", "GEN-COL-01",
            "Atelier mobilité", Monday.AddDays(1), Monday.AddDays(1).AddHours(3), "Maison de l'emploi", null, 12, Monday.AddDays(-3));
        workshop.Cancel(Monday.AddDays(-1));

        var ics = new ICalendarText(SessionsCalendar.Render("Intensif — séances du territoire 75", [session], [workshop, meeting]));

        var events = ics.Components("VEVENT");
        Assert.Equal([$"{meeting.Id}@intensif", $"{session.SessionId}@intensif", $"{workshop.Id}@intensif"], events.Select(e => e["UID"]));
        Assert.Equal(("0", "CONFIRMED", "20261123T090000"), (events[0]["SEQUENCE"], events[0]["STATUS"], events[0]["DTSTART;TZID=Europe/Paris"]));
        Assert.Equal("Coordination : Synthèse\\, comité de suivi\\; point mensuel", events[0]["SUMMARY"]);
        Assert.Equal("https://visio.example.org/comite", events[0]["LOCATION"]);
        Assert.Equal(("1", "CANCELLED"), (events[2]["SEQUENCE"], events[2]["STATUS"]));
        Assert.Equal("20261122T080000Z", events[2]["DTSTAMP"]);
        Assert.True(ics.MaxOctets <= 75);
    }
}
