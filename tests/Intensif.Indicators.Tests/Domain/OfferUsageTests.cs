using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class OfferUsageTests
{
    private static PartnerSession Session(string entry, string start, int capacity, bool cancelled = false, string theme = "MOBILITE", string territory = "75")
    {
        var session = PartnerSession.Known(Guid.NewGuid(), Guid.NewGuid(), entry, territory);
        session.ApplyPublished(DateTimeOffset.Parse(start), capacity, territory, theme, DateTimeOffset.UtcNow);
        if (cancelled) session.ApplyCancelled(DateTimeOffset.Parse(start));
        return session;
    }

    private static ActivityAssignment Booking(PartnerSession session, string? status)
    {
        var booking = ActivityAssignment.Known(Guid.NewGuid(), "ft-75", Guid.NewGuid(), session.EntryCode, session.SessionId);
        booking.ApplyBooked(session.StructureId, session.Start);
        if (status is not null) booking.ApplyAttendance(status, status == "DONE" ? 3m : 0m, DateTimeOffset.UtcNow);
        return booking;
    }

    [Fact]
    public void Offer_usage_counts_seats_of_sessions_not_cancelled_bookings_attendance_and_unjustified_no_shows_per_entry()
    {
        var march = Session("EMP-A", "2026-03-05T09:00:00+01:00", 10);
        var cancelled = Session("EMP-A", "2026-03-06T09:00:00+01:00", 8, cancelled: true);
        var april = Session("SOC-B", "2026-04-02T09:00:00+02:00", 6);
        ActivityAssignment[] bookings =
        [
            Booking(march, "DONE"), Booking(march, "ABSENT_UNJUSTIFIED"), Booking(march, "ABSENT_JUSTIFIED"), Booking(march, null), Booking(april, "DONE"),
        ];

        var rows = OfferUsage.Compute([march, cancelled, april], bookings, Episodes.Months("2026-03", "2026-04"), "entry");

        Assert.Equal(
        [
            new OfferUsageRow("2026-03", "EMP-A", 10, 4, 1, 2, 33.3m), new OfferUsageRow("2026-04", "EMP-A", 0, 0, 0, 0, null),
            new OfferUsageRow("2026-03", "SOC-B", 0, 0, 0, 0, null), new OfferUsageRow("2026-04", "SOC-B", 6, 1, 1, 0, 0m),
        ], rows);
        Assert.Equal([true, false, false, true], OfferUsage.Mask(rows, threshold: 5).Select(r => r.Masked));
        Assert.Equal(10, OfferUsage.Mask(rows, threshold: 5)[0].SeatsOffered);
    }

    [Fact]
    public void Offer_usage_by_theme_groups_sessions_and_bookings_by_the_sessions_theme_and_a_booking_of_an_unknown_session_apart()
    {
        var mobility = Session("SOC-MOB-01", "2026-03-05T09:00:00+01:00", 10, theme: "MOBILITE");
        var otherMobility = Session("SOC-MOB-02", "2026-03-12T09:00:00+01:00", 5, theme: "MOBILITE");
        var housing = Session("SOC-LOG-01", "2026-03-06T09:00:00+01:00", 8, theme: "LOGEMENT", territory: "92");
        var unknown = Session("SOC-SAN-01", "2026-03-07T09:00:00+01:00", 4, theme: "SANTE");
        ActivityAssignment[] bookings =
        [
            Booking(mobility, "DONE"), Booking(mobility, "ABSENT_UNJUSTIFIED"), Booking(otherMobility, "DONE"), Booking(otherMobility, "ABSENT_JUSTIFIED"),
            Booking(housing, "ABSENT_UNJUSTIFIED"), Booking(unknown, "DONE"),
        ];
        PartnerSession[] known = [mobility, otherMobility, housing];   // the SANTE session's events have not arrived

        var byTheme = OfferUsage.Compute(known, bookings, Episodes.Months("2026-03", "2026-03"), "theme");
        var byTerritory = OfferUsage.Compute(known, bookings, Episodes.Months("2026-03", "2026-03"), "territory", seatsOffered: false);

        Assert.Equal(
        [
            new OfferUsageRow("2026-03", "LOGEMENT", 8, 1, 0, 1, 100.0m), new OfferUsageRow("2026-03", "MOBILITE", 15, 4, 2, 2, 25.0m),
            new OfferUsageRow("2026-03", "UNKNOWN", 0, 1, 1, 0, 0.0m),
        ], byTheme);
        Assert.Equal(
        [
            new OfferUsageRow("2026-03", "75", null, 4, 2, 2, 25.0m), new OfferUsageRow("2026-03", "92", null, 1, 0, 1, 100.0m),
            new OfferUsageRow("2026-03", "UNKNOWN", null, 1, 1, 0, 0.0m),
        ], byTerritory);
    }
}
