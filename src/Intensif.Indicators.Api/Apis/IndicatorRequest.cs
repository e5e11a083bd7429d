using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Api.Apis;

/// <summary>A validated request for figures: which indicator, grouped how, over which periods, returned how.</summary>
public sealed record IndicatorRequest(IIndicator Indicator, Breakdown Breakdown, Granularity Granularity, IReadOnlyList<ReportingPeriod> Periods, ExportOptions Export)
{
    /// <summary>Reads the query; by default the twelve months up to <paramref name="today"/>'s month, monthly.</summary>
    public static (IndicatorRequest? Request, Dictionary<string, string[]> Errors) Read(
        string code, string? breakdown, string defaultBreakdown, string? period, string? from, string? to,
        string? format, string? separator, string? @decimal, bool callerIsManager, DateOnly today, IndicatorSet indicators)
    {
        var (export, errors) = ExportOptions.Read(format, separator, @decimal);
        var indicator = indicators.Find(code);
        if (indicator is null)
            errors["code"] = [$"Unknown indicator; one of {string.Join(", ", indicators.All.Select(i => i.Definition.Code))}."];
        var grouping = Breakdown.Find(breakdown ?? defaultBreakdown);
        if (grouping is null)
            errors["breakdown"] = [$"Unknown breakdown; one of {string.Join(", ", Breakdown.All.Select(b => b.Name))}."];
        else if (grouping.ManagersOnly && !callerIsManager)
            errors["breakdown"] = [$"The '{grouping.Name}' breakdown is for the organisme's managers only."];
        else if (indicator is not null && !indicator.Definition.Breakdowns.Contains(grouping.Name))
            errors["breakdown"] = [$"{indicator.Definition.Code} can be broken down by {string.Join(", ", indicator.Definition.Breakdowns)} only (its events carry no other)."];
        var (granularity, periods) = PeriodQuery.Read(period, from, to, today, errors);

        return errors.Count > 0
            ? (null, errors)
            : (new IndicatorRequest(indicator!, grouping!, granularity, periods, export), errors);
    }
}
