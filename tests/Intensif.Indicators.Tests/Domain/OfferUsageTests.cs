using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class OfferUsageTests
{
    private static PartnerSession Session(string entry, string start, int capacity, bool cancelled = false)
    {
        var session = PartnerSession.Known(Guid.NewGuid(), Guid.NewGuid(), entry, "75");
        session.ApplyPublished(DateTimeOffset.Parse(start), capacity, "75", "MOBILITE", DateTimeOffset.UtcNow);
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
}
