namespace Intensif.Indicators.Api.Apis;

/// <summary>An indicator's figures shaped for a chart: the periods (x axis) and one series per group and category.</summary>
public sealed record IndicatorSeriesResponse(
    string Code, int Version, string Unit, string Scope, string Breakdown, IReadOnlyList<string> Periods, IReadOnlyList<IndicatorSeries> Series)
{
    public static IndicatorSeriesResponse From(IndicatorValuesResponse values)
    {
        var periods = values.Rows.Select(r => r.Period).Distinct().ToList();
        var series = values.Rows.GroupBy(r => (r.Group, r.Category)).Select(line =>
        {
            var byPeriod = line.ToDictionary(r => r.Period);
            return new IndicatorSeries(line.Key.Group, line.Key.Category,
                [.. periods.Select(p => byPeriod.GetValueOrDefault(p)?.Value)], [.. periods.Select(p => byPeriod.GetValueOrDefault(p)?.Masked ?? false)]);
        }).ToList();
        return new IndicatorSeriesResponse(values.Code, values.Version, values.Unit, values.Scope, values.Breakdown, periods, series);
    }
}
