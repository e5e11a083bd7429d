namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// How figures are returned: <c>json</c> rows (default), <c>series</c> shaped for charts, or <c>csv</c> (UTF-8 with BOM,
/// <c>separator=semicolon</c> and <c>decimal=comma</c> for French spreadsheet software).
/// </summary>
public sealed record ExportOptions(string Format, char Separator, bool DecimalComma)
{
    public const string Json = "json", Series = "series", Csv = "csv";

    public static (ExportOptions Options, Dictionary<string, string[]> Errors) Read(string? format, string? separator, string? @decimal)
    {
        var errors = new Dictionary<string, string[]>();
        format ??= Json;
        if (format is not (Json or Series or Csv)) errors["format"] = ["One of json, series, csv."];
        var sep = separator switch { null or "comma" => ',', "semicolon" => ';', _ => '\0' };
        if (sep == '\0') errors["separator"] = ["One of comma, semicolon."];
        if (@decimal is not (null or "point" or "comma")) errors["decimal"] = ["One of point, comma."];
        return (new ExportOptions(format, sep, @decimal == "comma"), errors);
    }
}
