namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 O5, partner offer usage: per catalogue entry (<c>entry</c>), partner structure (<c>partner</c>), theme of the
/// session (<c>theme</c>, §3.15) or territory of the session (<c>territory</c>) and period, seats offered, booked,
/// attended and the no-show rate. Sessions and bookings count in the period of the session's day (Europe/Paris). A
/// booking's theme and territory are its session's (<see cref="UnknownSession"/> while the session's events have not
/// arrived).
/// </summary>
public static class OfferUsage
{
    public const string UnknownSession = "UNKNOWN";

    public static readonly IReadOnlyList<string> Keys = ["entry", "partner", "theme", "territory"];

    /// <param name="sessions">The sessions of the scope, and those of the bookings (for their theme and territory).</param>
    /// <param name="seatsOffered">Whether the sessions' capacities are the scope's seats offered (a territory) or not (an organisme's bookings).</param>
    public static IReadOnlyList<OfferUsageRow> Compute(IReadOnlyCollection<PartnerSession> sessions, IReadOnlyCollection<ActivityAssignment> assignments,
        IReadOnlyList<ReportingPeriod> periods, string by, bool seatsOffered = true)
    {
        Func<PartnerSession, string> sessionKey = by switch
        {
            "partner" => s => s.StructureId.ToString(),
            "theme" => s => s.Theme == "" ? UnknownSession : s.Theme,
            "territory" => s => s.Territory,
            _ => s => s.EntryCode,
        };
        var sessionsById = sessions.ToDictionary(s => s.SessionId);
        Func<ActivityAssignment, string> bookingKey = by switch
        {
            "partner" => a => a.StructureId?.ToString() ?? "",
            "theme" or "territory" => a => sessionsById.TryGetValue(a.SessionId!.Value, out var s) ? sessionKey(s) : UnknownSession,
            _ => a => a.EntryCode,
        };
        var bookings = assignments.Where(a => a.SessionId is not null && a.Day is not null).ToList();
        var keys = (seatsOffered ? sessions : []).Select(sessionKey).Concat(bookings.Select(bookingKey)).Where(k => k != "").Distinct().Order(StringComparer.Ordinal);
        return [.. from key in keys
            from p in periods
            let offered = seatsOffered ? sessions.Where(s => !s.Cancelled && p.Contains(s.Day) && sessionKey(s) == key).Sum(s => s.Capacity) : (int?)null
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
