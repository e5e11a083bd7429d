using System.Text;
using Intensif.Indicators.Api.Apis;

namespace Intensif.Indicators.Tests;

public sealed class CsvExportTests
{
    private static readonly IndicatorValuesResponse Figures = new("RPE_AVERAGE_DURATION", 1, "days", "territory:75", "organisme", "month", "2026-03", "2026-03",
        [new("2026-03", "Mission locale; Paris", null, 83.7m, false), new("2026-03", "ft-75", null, null, true)]);

    [Fact]
    public void French_csv_starts_with_a_byte_order_mark_uses_semicolons_and_decimal_commas_and_quotes_a_field_holding_the_separator()
    {
        var bytes = CsvExport.Write(Figures, new ExportOptions(ExportOptions.Csv, ';', DecimalComma: true));

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("code;version;unit;scope;breakdown;period;group;category;value;masked", lines[0]);
        Assert.Equal("RPE_AVERAGE_DURATION;1;days;territory:75;organisme;2026-03;\"Mission locale; Paris\";;83,7;false", lines[1]);
        Assert.Equal("RPE_AVERAGE_DURATION;1;days;territory:75;organisme;2026-03;ft-75;;;true", lines[2]);
    }

    [Fact]
    public void Default_csv_uses_commas_and_decimal_points()
    {
        var text = Encoding.UTF8.GetString(CsvExport.Write(Figures, new ExportOptions(ExportOptions.Csv, ',', DecimalComma: false))[3..]);

        Assert.Contains("2026-03,Mission locale; Paris,,83.7,false", text);
    }

    [Fact]
    public void A_decimal_comma_with_the_comma_separator_is_quoted()
    {
        var text = Encoding.UTF8.GetString(CsvExport.Write(Figures, new ExportOptions(ExportOptions.Csv, ',', DecimalComma: true))[3..]);

        Assert.Contains(",\"83,7\",false", text);
    }

    [Fact]
    public void Series_put_one_value_per_period_for_each_group_with_null_where_masked()
    {
        var figures = Figures with { To = "2026-04", Rows = [.. Figures.Rows, new("2026-04", "ft-75", null, 12m, false)] };

        var series = IndicatorSeriesResponse.From(figures);

        Assert.Equal(["2026-03", "2026-04"], series.Periods);
        Assert.Equal(["Mission locale; Paris", "ft-75"], series.Series.Select(s => s.Group));
        Assert.Equal([83.7m, null], series.Series[0].Values);
        Assert.Equal([null, 12m], series.Series[1].Values);
        Assert.Equal([true, false], series.Series[1].Masked);
    }
}
