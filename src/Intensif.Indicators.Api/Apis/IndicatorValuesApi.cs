using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Extensions;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// The indicators' definitions and figures. Managers read their organisme's figures; pilots of a comité read the
/// aggregates of their territories, small cells masked (with their complements). Nobody reads a person here.
/// </summary>
public static class IndicatorValuesApi
{
    private const string Query = "Query: breakdown (organisme, territory, referent [managers], cohort, parcours, public [a person counts in each "
        + "of their publics], ageBand; each indicator lists those its events allow), "
        + "period (month, quarter), from/to (yyyy-MM, at most 36 months; default the last twelve), "
        + "format (json rows, series for charts, csv), separator (comma, semicolon) and decimal (point, comma) for csv.";

    public static IEndpointRouteBuilder MapIndicatorValuesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/indicators").WithTags("Indicators")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapGet("/definitions", (IndicatorSet indicators) => TypedResults.Ok(indicators.All.Select(i => i.Definition).ToList()))
            .WithSummary("The written, versioned definition of every indicator")
            .WithDescription("Code, version, §5 reference, unit, numerator, denominator, period, population, sources, allowed breakdowns, and whether it is an additive count. "
                + "I4 and O4 carry the deployment's windows (Indicators:EmploymentOutcomeWindowMonths, Indicators:EarlyWorkSituationWeeks); a non-default one is version × 1000 + the value.")
            .WithResponseExample(StatusCodes.Status200OK, new[] { new EntriesIndicator().Definition });
        api.MapGet("/organismes/{organismeId}/{code}", ForOrganismeAsync)
            .WithSummary("An indicator for one organisme; its managers only")
            .WithDescription("Figures over the episodes whose organisme référent is this one. Another organisme, or a caller who is not its manager, answers 404. " + Query)
            .WithResponseExample(StatusCodes.Status200OK, Example("organisme:ft-75-001", "organisme", false))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/territories/{territory}/{code}", ForTerritoryAsync)
            .WithSummary("An indicator for one territory; pilots of that territory only, small cells masked")
            .WithDescription("Aggregates over the episodes of the territory (department). Cells resting on fewer persons than the threshold are masked, "
                + "and for additive counts a second cell of the same line too, so no masked cell can be recomputed by subtraction. " + Query)
            .WithResponseExample(StatusCodes.Status200OK, Example("territory:75", "territory", true))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<IndicatorValuesResponse>, JsonHttpResult<IndicatorSeriesResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ForOrganismeAsync(
        string organismeId, string code, string? breakdown, string? period, string? from, string? to, string? format, string? separator, string? @decimal,
        FigureCache figures, IndicatorSet indicators, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (user.Role != PlatformRoles.Manager || user.Organisation != organismeId) return NotFound("organisme");
        var (request, errors) = IndicatorRequest.Read(code, breakdown, Breakdown.Organisme.Name, period, from, to, format, separator, @decimal,
            callerIsManager: true, Today(clock), indicators);
        if (request is null) return TypedResults.ValidationProblem(errors);

        var cells = await figures.CellsAsync(IndicatorScope.OfOrganisme(organismeId), request.Indicator, request.Breakdown, request.Periods, cancellationToken);
        return Answer(request, Response(request, IndicatorScope.OfOrganisme(organismeId), cells));
    }

    private static async Task<Results<Ok<IndicatorValuesResponse>, JsonHttpResult<IndicatorSeriesResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ForTerritoryAsync(
        string territory, string code, string? breakdown, string? period, string? from, string? to, string? format, string? separator, string? @decimal,
        FigureCache figures, IndicatorSet indicators, CurrentUserAccessor caller, TimeProvider clock, IOptions<IndicatorsOptions> options, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var isPilot = user.OrganisationKind == PlatformRoles.KindCommittee && user.Role == PlatformRoles.Pilot;
        if (!isPilot || !user.Territories.Contains(territory)) return NotFound("territory");
        var (request, errors) = IndicatorRequest.Read(code, breakdown, Breakdown.Territory.Name, period, from, to, format, separator, @decimal,
            callerIsManager: false, Today(clock), indicators);
        if (request is null) return TypedResults.ValidationProblem(errors);

        var definition = request.Indicator.Definition;
        // flows: months are masked over whole quarters, so a month's masking never depends on the window asked for
        var computed = definition.AdditiveOverTime && request.Granularity == Granularity.Month
            ? request with { Periods = ReportingPeriod.Range(ReportingPeriod.QuarterOf(request.Periods[0].FirstDay).FirstDay,
                ReportingPeriod.QuarterOf(request.Periods[^1].FirstDay).FirstDay.AddMonths(2), Granularity.Month) }
            : request;
        var cells = await figures.CellsAsync(IndicatorScope.OfTerritory(territory), computed.Indicator, computed.Breakdown, computed.Periods, cancellationToken);
        var shown = SmallCellSuppression.Apply(cells, options.Value.SmallCellThreshold, definition.Additive, definition.AdditiveOverTime)
            .Where(c => request.Periods.Contains(c.Period)).ToList();
        return Answer(request, Response(request, IndicatorScope.OfTerritory(territory), shown));
    }

    private static Results<Ok<IndicatorValuesResponse>, JsonHttpResult<IndicatorSeriesResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> Answer(
        IndicatorRequest request, IndicatorValuesResponse figures) => request.Export.Format switch
    {
        ExportOptions.Csv => TypedResults.File(CsvExport.Write(figures, request.Export), CsvExport.ContentType,
            $"{figures.Code}_{figures.Scope.Replace(':', '_')}_{figures.From}_{figures.To}.csv"),
        ExportOptions.Series => TypedResults.Json(IndicatorSeriesResponse.From(figures)),
        _ => TypedResults.Ok(figures),
    };

    private static IndicatorValuesResponse Response(IndicatorRequest request, IndicatorScope scope, IReadOnlyList<IndicatorCell> cells) => new(
        request.Indicator.Definition.Code, request.Indicator.Definition.Version, request.Indicator.Definition.Unit, scope.ToString(), request.Breakdown.Name,
        request.Granularity == Granularity.Quarter ? "quarter" : "month", request.Periods[0].ToString(), request.Periods[^1].ToString(),
        [.. cells.Select(c => new IndicatorRow(c.Period.ToString(), c.Group, c.Category, c.Value, c.Masked))]);

    private static IndicatorValuesResponse Example(string scope, string breakdown, bool masked) => new(
        "RPE_EXITS_BY_REASON", 1, "count", scope, breakdown, "month", "2026-03", "2026-03",
        [new("2026-03", "ft-75-001", "EMPLOI_DURABLE", 12m, false), new("2026-03", "ml-75-002", "EMPLOI_DURABLE", masked ? null : 3m, masked)]);

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No indicators for this {what} among those you can see.");
}
