namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 O5, partner offer usage: per catalogue entry (<c>entry</c>), partner structure (<c>partner</c>), theme of the
/// session (<c>theme</c>, §3.15) or territory of the session (<c>territory</c>) and period, seats offered, booked,
/// attended and the no-show rate. Sessions and bookings count in the period of the session's day (Europe/Paris). A
/// booking's theme and territory are its session's (<see cref="UnknownSession"/> while the session's events have not
/// arrived). Referrals (<see cref="PartnerReferral"/>) count in the period of the day they were sent, under their
/// entry, partner, and their session's theme and territory: a row's referrals and bookings are not the same people.
/// </summary>
public static class OfferUsage
{
    public const string UnknownSession = "UNKNOWN";

    public static readonly IReadOnlyList<string> Keys = ["entry", "partner", "theme", "territory"];

    /// <param name="sessions">The sessions of the scope, and those of the bookings (for their theme and territory).</param>
    /// <param name="seatsOffered">Whether the sessions' capacities are the scope's seats offered (a territory) or not (an organisme's bookings).</param>
    /// <param name="referrals">The scope's referrals (with their sessions among <paramref name="sessions"/> when known); null leaves the rows without referral outcomes.</param>
    public static IReadOnlyList<OfferUsageRow> Compute(IReadOnlyCollection<PartnerSession> sessions, IReadOnlyCollection<ActivityAssignment> assignments,
        IReadOnlyList<ReportingPeriod> periods, string by, bool seatsOffered = true, IReadOnlyCollection<PartnerReferral>? referrals = null)
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
        Func<PartnerReferral, string> referralKey = by switch
        {
            "partner" => r => r.StructureId.ToString(),
            "theme" or "territory" => r => sessionsById.TryGetValue(r.SessionId, out var s) ? sessionKey(s) : UnknownSession,
            _ => r => r.EntryCode == "" ? UnknownSession : r.EntryCode,
        };
        var bookings = assignments.Where(a => a.SessionId is not null && a.Day is not null).ToList();
        var sent = (referrals ?? []).Where(r => r.Day is not null).ToList();
        var keys = (seatsOffered ? sessions : []).Select(sessionKey).Concat(bookings.Select(bookingKey)).Concat(sent.Select(referralKey))
            .Where(k => k != "").Distinct().Order(StringComparer.Ordinal);
        return [.. from key in keys
            from p in periods
            let offered = seatsOffered ? sessions.Where(s => !s.Cancelled && p.Contains(s.Day) && sessionKey(s) == key).Sum(s => s.Capacity) : (int?)null
            let booked = bookings.Where(a => p.Contains(a.Day!.Value) && bookingKey(a) == key).ToList()
            let recorded = booked.Count(a => a.AttendanceKnown)
            select new OfferUsageRow(p.ToString(), key, offered, booked.Count, booked.Count(a => a.Status == ActivityAssignment.Done),
                booked.Count(a => a.AttendanceKnown && a.Status != ActivityAssignment.Done),
                Rates.Percent(booked.Count(a => a.Status == ActivityAssignment.AbsentUnjustified), recorded),
                Referrals: referrals is null ? null : Outcomes([.. sent.Where(r => p.Contains(r.Day!.Value) && referralKey(r) == key)]))];
    }

    private static OfferUsageReferrals Outcomes(IReadOnlyList<PartnerReferral> referrals) =>
        new(referrals.Count, referrals.Count(r => r.Accepted), referrals.Count(r => r.Refused), referrals.Count(r => r.Expired),
            referrals.Count(r => r.Cancelled), referrals.Count(r => !r.Answered && !r.Cancelled),
            Rates.Percent(referrals.Count(r => r.Accepted), referrals.Count(r => r.Answered)),
            [.. referrals.Where(r => r.Refused).GroupBy(r => r.RefusalReason ?? UnknownSession).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new OfferUsageRefusal(g.Key, g.Count()))]);

    /// <summary>
    /// §2.2 for the comités: a row whose bookings, or referrals sent, rest on fewer people than the threshold hides
    /// every person count (seats offered stay): an accepted referral becomes a booking, so neither is shown alone. A
    /// row shown withholds its refusal reasons when one of them was given fewer times than the threshold.
    /// </summary>
    public static IReadOnlyList<OfferUsageRow> Mask(IReadOnlyList<OfferUsageRow> rows, int threshold) =>
        [.. rows.Select(r => Small(r.Booked, threshold) || Small(r.Referrals?.Sent, threshold)
            ? r with { Booked = null, Attended = null, Absent = null, NoShowRate = null, Referrals = null, Masked = true }
            : r.Referrals is { RefusalReasons: { } reasons } referrals && reasons.Any(x => x.Count < threshold)
                ? r with { Referrals = referrals with { RefusalReasons = null } }
                : r)];

    private static bool Small(int? count, int threshold) => count is > 0 && count < threshold;
}
