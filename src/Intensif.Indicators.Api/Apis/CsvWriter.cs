using System.Globalization;
using System.Text;

namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// CSV that French spreadsheet software opens as is: UTF-8 with a byte order mark (so accents survive), CRLF lines,
/// the chosen separator, and optionally decimal commas. A field holding the separator, a quote or a line break is
/// quoted (RFC 4180). Every export of the service writes through it.
/// </summary>
public sealed class CsvWriter(ExportOptions options)
{
    private readonly StringBuilder _text = new();

    public void Line(params string?[] fields) =>
        _text.Append(string.Join(options.Separator, fields.Select(f => Quote(f ?? "")))).Append("\r\n");

    /// <summary>A number in <paramref name="format"/> with the chosen decimal mark; empty when there is none (masked, no value).</summary>
    public string Number(decimal? value, string format)
    {
        var written = value?.ToString(format, CultureInfo.InvariantCulture) ?? "";
        return options.DecimalComma ? written.Replace('.', ',') : written;
    }

    public static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    private string Quote(string field) =>
        field.IndexOfAny([options.Separator, '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
