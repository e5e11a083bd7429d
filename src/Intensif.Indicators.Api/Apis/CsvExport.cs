using System.Globalization;

namespace Intensif.Indicators.Api.Apis;

/// <summary>Figures as CSV (<see cref="CsvWriter"/>): one line per cell, a masked cell's value empty.</summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IndicatorValuesResponse figures, ExportOptions options)
    {
        var csv = new CsvWriter(options);
        csv.Line("code", "version", "unit", "scope", "breakdown", "period", "group", "category", "value", "masked");
        foreach (var row in figures.Rows)
            csv.Line(figures.Code, figures.Version.ToString(CultureInfo.InvariantCulture), figures.Unit, figures.Scope, figures.Breakdown,
                row.Period, row.Group, row.Category, csv.Number(row.Value, "0.############"), row.Masked ? "true" : "false");
        return csv.ToBytes();
    }
}
