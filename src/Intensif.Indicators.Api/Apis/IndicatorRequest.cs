using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Api.Apis;

/// <summary>A validated request for figures: which indicator, grouped how, over which periods, returned how.</summary>
public sealed record IndicatorRequest(IIndicator Indicator, Breakdown Breakdown, Granularity Granularity, IReadOnlyList<ReportingPeriod> Periods, ExportOptions Export)
{
    public const int MaxMonths = 36;

    /// <summary>Reads the query; by default the twelve months up to <paramref name="today"/>'s month, monthly.</summary>
    public static (IndicatorRequest? Request, Dictionary<string, string[]> Errors) Read(
        string code, string? breakdown, string defaultBreakdown, string? period, string? from, string? to,
        string? format, string? separator, string? @decimal, bool callerIsManager, DateOnly today)
    {
        var (export, errors) = ExportOptions.Read(format, separator, @decimal);
        var indicator = IndicatorCatalogue.Find(code);
        if (indicator is null)
            errors["code"] = [$"Unknown indicator; one of {string.Join(", ", IndicatorCatalogue.All.Select(i => i.Definition.Code))}."];
        var grouping = Breakdown.Find(breakdown ?? defaultBreakdown);
        if (grouping is null)
            errors["breakdown"] = [$"Unknown breakdown; one of {string.Join(", ", Breakdown.All.Select(b => b.Name))}."];
        else if (grouping.ManagersOnly && !callerIsManager)
            errors["breakdown"] = [$"The '{grouping.Name}' breakdown is for the organisme's managers only."];
        else if (indicator is not null && !indicator.Definition.Breakdowns.Contains(grouping.Name))
            errors["breakdown"] = [$"{indicator.Definition.Code} can be broken down by {string.Join(", ", indicator.Definition.Breakdowns)} only (its events carry no other)."];
        var granularity = period switch { null or "month" => Granularity.Month, "quarter" => Granularity.Quarter, _ => (Granularity?)null };
        if (granularity is null) errors["period"] = ["One of month, quarter."];

        var toMonth = new DateOnly(today.Year, today.Month, 1);
        if (to is not null && !ReportingPeriod.TryParseMonth(to, out toMonth)) errors["to"] = ["A month as yyyy-MM."];
        var fromMonth = toMonth.AddMonths(-11);
        if (from is not null && !ReportingPeriod.TryParseMonth(from, out fromMonth)) errors["from"] = ["A month as yyyy-MM."];
        if (!errors.ContainsKey("from") && !errors.ContainsKey("to"))
        {
            if (fromMonth > toMonth) errors["from"] = ["Must not be after 'to'."];
            else if (ReportingPeriod.Range(fromMonth, toMonth, Granularity.Month).Count > MaxMonths) errors["from"] = [$"At most {MaxMonths} months per request."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new IndicatorRequest(indicator!, grouping!, granularity!.Value, ReportingPeriod.Range(fromMonth, toMonth, granularity.Value), export), errors);
    }
}
