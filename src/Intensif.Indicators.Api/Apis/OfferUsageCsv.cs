using System.Globalization;

namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// O5 as CSV (<see cref="CsvWriter"/>). A masked or empty cell is empty; the refusal reasons are one field,
/// <c>REASON=count</c> pairs joined by <c>|</c>.
/// </summary>
public static class OfferUsageCsv
{
    public static byte[] Write(OfferUsageResponse usage, ExportOptions options)
    {
        var csv = new CsvWriter(options);
        csv.Line("scope", "by", "period", "group", "seats_offered", "booked", "attended", "absent", "no_show_rate", "referrals_sent", "referrals_accepted",
            "referrals_refused", "referrals_expired", "referrals_cancelled", "referrals_pending", "acceptance_rate", "refusal_reasons", "masked");
        foreach (var row in usage.Rows)
        {
            var referrals = row.Referrals;
            var reasons = referrals?.RefusalReasons is { } list ? string.Join("|", list.Select(r => $"{r.Reason}={r.Count.ToString(CultureInfo.InvariantCulture)}")) : "";
            csv.Line(usage.Scope, usage.By, row.Period, row.Key, CsvWriter.Count(row.SeatsOffered), CsvWriter.Count(row.Booked), CsvWriter.Count(row.Attended),
                CsvWriter.Count(row.Absent), csv.Number(row.NoShowRate, "0.0"), CsvWriter.Count(referrals?.Sent), CsvWriter.Count(referrals?.Accepted),
                CsvWriter.Count(referrals?.Refused), CsvWriter.Count(referrals?.Expired), CsvWriter.Count(referrals?.Cancelled), CsvWriter.Count(referrals?.Pending),
                csv.Number(referrals?.AcceptanceRate, "0.0"), reasons, row.Masked ? "true" : "false");
        }
        return csv.ToBytes();
    }
}
