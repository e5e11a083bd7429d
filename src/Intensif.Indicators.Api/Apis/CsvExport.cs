using System.Globalization;
using System.Text;

namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// Figures as CSV that French spreadsheet software opens as is: UTF-8 with a byte order mark (so accents survive),
/// CRLF lines, the chosen separator, and optionally decimal commas. A field holding the separator, a quote or a line
/// break is quoted (RFC 4180).
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IndicatorValuesResponse figures, ExportOptions options)
    {
        var text = new StringBuilder();
        void Line(params string?[] fields) =>
            text.Append(string.Join(options.Separator, fields.Select(f => Quote(f ?? "", options.Separator)))).Append("\r\n");

        Line("code", "version", "unit", "scope", "breakdown", "period", "group", "category", "value", "masked");
        foreach (var row in figures.Rows)
            Line(figures.Code, figures.Version.ToString(CultureInfo.InvariantCulture), figures.Unit, figures.Scope, figures.Breakdown,
                row.Period, row.Group, row.Category, Number(row.Value, options.DecimalComma), row.Masked ? "true" : "false");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Number(decimal? value, bool decimalComma)
    {
        if (value is not { } v) return "";
        var text = v.ToString("0.############", CultureInfo.InvariantCulture);
        return decimalComma ? text.Replace('.', ',') : text;
    }

    private static string Quote(string field, char separator) =>
        field.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
