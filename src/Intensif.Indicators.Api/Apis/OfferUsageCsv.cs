using System.Globalization;
using System.Text;
using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// O5 as CSV, written like <see cref="CsvExport"/>: UTF-8 with BOM, CRLF, the chosen separator and decimal mark. A
/// masked or empty cell is empty; the refusal reasons are one field, <c>REASON=count</c> pairs joined by <c>|</c>.
/// </summary>
public static class OfferUsageCsv
{
    public static byte[] Write(OfferUsageResponse usage, ExportOptions options)
    {
        var text = new StringBuilder();
        void Line(params string[] fields) =>
            text.Append(string.Join(options.Separator, fields.Select(f => Quote(f, options.Separator)))).Append("\r\n");
        string Number(decimal? value)
        {
            var written = value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "";
            return options.DecimalComma ? written.Replace('.', ',') : written;
        }
        static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

        Line("scope", "by", "period", "group", "seats_offered", "booked", "attended", "absent", "no_show_rate", "referrals_sent", "referrals_accepted",
            "referrals_refused", "referrals_expired", "referrals_cancelled", "referrals_pending", "acceptance_rate", "refusal_reasons", "masked");
        foreach (var row in usage.Rows)
        {
            var referrals = row.Referrals;
            var reasons = referrals?.RefusalReasons is { } list ? string.Join("|", list.Select(r => $"{r.Reason}={r.Count.ToString(CultureInfo.InvariantCulture)}")) : "";
            Line(usage.Scope, usage.By, row.Period, row.Key, Count(row.SeatsOffered), Count(row.Booked), Count(row.Attended), Count(row.Absent), Number(row.NoShowRate),
                Count(referrals?.Sent), Count(referrals?.Accepted), Count(referrals?.Refused), Count(referrals?.Expired), Count(referrals?.Cancelled),
                Count(referrals?.Pending), Number(referrals?.AcceptanceRate), reasons, row.Masked ? "true" : "false");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string field, char separator) =>
        field.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
