using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Api.Apis;

/// <summary>Reads <c>period</c> (month, quarter) and <c>from</c>/<c>to</c> (yyyy-MM, at most 36 months; default the twelve months up to today's).</summary>
public static class PeriodQuery
{
    public const int MaxMonths = 36;

    public static (Granularity Granularity, IReadOnlyList<ReportingPeriod> Periods) Read(string? period, string? from, string? to, DateOnly today,
        Dictionary<string, string[]> errors)
    {
        var granularity = period switch { null or "month" => Granularity.Month, "quarter" => Granularity.Quarter, _ => (Granularity?)null };
        if (granularity is null) errors["period"] = ["One of month, quarter."];
        var toMonth = new DateOnly(today.Year, today.Month, 1);
        if (to is not null && !ReportingPeriod.TryParseMonth(to, out toMonth)) errors["to"] = ["A month as yyyy-MM."];
        var fromMonth = toMonth.AddMonths(-11);
        if (from is not null && !ReportingPeriod.TryParseMonth(from, out fromMonth)) errors["from"] = ["A month as yyyy-MM."];
        if (errors.ContainsKey("from") || errors.ContainsKey("to") || granularity is null) return (Granularity.Month, []);
        if (fromMonth > toMonth) errors["from"] = ["Must not be after 'to'."];
        else if (ReportingPeriod.Range(fromMonth, toMonth, Granularity.Month).Count > MaxMonths) errors["from"] = [$"At most {MaxMonths} months per request."];
        return errors.Count > 0 ? (Granularity.Month, []) : (granularity.Value, ReportingPeriod.Range(fromMonth, toMonth, granularity.Value));
    }
}
