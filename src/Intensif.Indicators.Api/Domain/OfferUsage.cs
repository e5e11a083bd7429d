namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 O5, partner offer usage: per catalogue entry (<c>entry</c>) or per partner structure (<c>partner</c>) and
/// period, seats offered, booked, attended and the no-show rate. Sessions and bookings count in the period of the
/// session's day (Europe/Paris).
/// </summary>
public static class OfferUsage
{
    public static readonly IReadOnlyList<string> Keys = ["entry", "partner"];

    public static IReadOnlyList<OfferUsageRow> Compute(IReadOnlyCollection<PartnerSession>? sessions, IReadOnlyCollection<ActivityAssignment> assignments,
        IReadOnlyList<ReportingPeriod> periods, string by)
    {
        Func<PartnerSession, string> sessionKey = by == "partner" ? s => s.StructureId.ToString() : s => s.EntryCode;
        Func<ActivityAssignment, string> bookingKey = by == "partner" ? a => a.StructureId?.ToString() ?? "" : a => a.EntryCode;
        var bookings = assignments.Where(a => a.SessionId is not null && a.Day is not null).ToList();
        var keys = (sessions ?? []).Select(sessionKey).Concat(bookings.Select(bookingKey)).Where(k => k != "").Distinct().Order(StringComparer.Ordinal);
        return [.. from key in keys
            from p in periods
            let offered = sessions?.Where(s => !s.Cancelled && p.Contains(s.Day) && sessionKey(s) == key).Sum(s => s.Capacity)
            let booked = bookings.Where(a => p.Contains(a.Day!.Value) && bookingKey(a) == key).ToList()
            let recorded = booked.Count(a => a.AttendanceKnown)
            select new OfferUsageRow(p.ToString(), key, offered, booked.Count, booked.Count(a => a.Status == ActivityAssignment.Done),
                booked.Count(a => a.AttendanceKnown && a.Status != ActivityAssignment.Done),
                Rates.Percent(booked.Count(a => a.Status == ActivityAssignment.AbsentUnjustified), recorded))];
    }

    /// <summary>§2.2 for the comités: a row whose bookings rest on fewer people than the threshold hides them (seats offered stay).</summary>
    public static IReadOnlyList<OfferUsageRow> Mask(IReadOnlyList<OfferUsageRow> rows, int threshold) =>
        [.. rows.Select(r => r.Booked is > 0 && r.Booked < threshold ? r with { Booked = null, Attended = null, Absent = null, NoShowRate = null, Masked = true } : r)];
}
