using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Api.Apis;

/// <summary>A validated request for figures: which indicator, grouped how, over which months.</summary>
public sealed record IndicatorRequest(IIndicator Indicator, Breakdown Breakdown, IReadOnlyList<ReportingMonth> Months)
{
    public const int MaxMonths = 36;

    /// <summary>Reads the query; by default the twelve months up to <paramref name="today"/>'s month.</summary>
    public static (IndicatorRequest? Request, Dictionary<string, string[]> Errors) Read(
        string code, string? breakdown, string defaultBreakdown, string? from, string? to, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var indicator = IndicatorCatalogue.Find(code);
        if (indicator is null)
            errors["code"] = [$"Unknown indicator; one of {string.Join(", ", IndicatorCatalogue.All.Select(i => i.Definition.Code))}."];
        var grouping = Breakdown.Find(breakdown ?? defaultBreakdown);
        if (grouping is null)
            errors["breakdown"] = [$"Unknown breakdown; one of {string.Join(", ", Breakdown.All.Select(b => b.Name))}."];

        var toMonth = ReportingMonth.Of(today);
        if (to is not null && !ReportingMonth.TryParse(to, out toMonth)) errors["to"] = ["A month as yyyy-MM."];
        var fromMonth = ReportingMonth.Of(toMonth.FirstDay.AddMonths(-11));
        if (from is not null && !ReportingMonth.TryParse(from, out fromMonth)) errors["from"] = ["A month as yyyy-MM."];
        if (!errors.ContainsKey("from") && !errors.ContainsKey("to"))
        {
            if (fromMonth.FirstDay > toMonth.FirstDay) errors["from"] = ["Must not be after 'to'."];
            else if (ReportingMonth.Range(fromMonth, toMonth).Count > MaxMonths) errors["from"] = [$"At most {MaxMonths} months per request."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new IndicatorRequest(indicator!, grouping!, ReportingMonth.Range(fromMonth, toMonth)), errors);
    }
}
