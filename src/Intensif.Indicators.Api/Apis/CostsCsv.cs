using System.Globalization;
using System.Text;

namespace Intensif.Indicators.Api.Apis;

/// <summary>Costing as CSV, written like <see cref="CsvExport"/>: UTF-8 with BOM, CRLF, the chosen separator and decimal mark.</summary>
public static class CostsCsv
{
    public static byte[] Write(CostsResponse costs, ExportOptions options)
    {
        var text = new StringBuilder();
        void Line(params string[] fields) =>
            text.Append(string.Join(options.Separator, fields.Select(f => Quote(f, options.Separator)))).Append("\r\n");
        string Number(decimal value)
        {
            var written = value.ToString("0.00", CultureInfo.InvariantCulture);
            return options.DecimalComma ? written.Replace('.', ',') : written;
        }

        Line("scope", "by", "from", "to", "group", "realised_hours", "costed_hours", "uncosted_hours", "cost_eur");
        foreach (var row in costs.Rows.Append(costs.Total))
            Line(costs.Scope, costs.By, costs.From, costs.To, row.Key, Number(row.RealisedHours), Number(row.CostedHours), Number(row.UncostedHours), Number(row.Cost));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string field, char separator) =>
        field.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
