using System.Linq.Expressions;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Extensions;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// The indicators' definitions and figures. Managers read their organisme's figures; pilots of a comité read the
/// aggregates of their territories, small cells masked. Nobody reads a person here.
/// </summary>
public static class IndicatorValuesApi
{
    public static IEndpointRouteBuilder MapIndicatorValuesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/indicators").WithTags("Indicators")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapGet("/definitions", () => TypedResults.Ok(IndicatorCatalogue.All.Select(i => i.Definition).ToList()))
            .WithSummary("The written, versioned definition of every indicator: numerator, denominator, period, population, sources.");
        api.MapGet("/organismes/{organismeId}/{code}", ForOrganismeAsync)
            .WithSummary("An indicator for one organisme, by month and by organisme or territory; its managers only (another organisme answers 404).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/territories/{territory}/{code}", ForTerritoryAsync)
            .WithSummary("An indicator for one territory, by month and by territory or organisme; pilots of that territory only, cells under the threshold masked.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<IndicatorValuesResponse>, ValidationProblem, ProblemHttpResult>> ForOrganismeAsync(
        string organismeId, string code, string? breakdown, string? from, string? to,
        IndicatorsDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (user.Role != PlatformRoles.Manager || user.Organisation != organismeId) return NotFound("organisme");
        var (request, errors) = IndicatorRequest.Read(code, breakdown, Breakdown.Organisme.Name, from, to, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (request is null) return TypedResults.ValidationProblem(errors);

        var cells = await ComputeAsync(db, request, e => e.OrganismeId == organismeId, cancellationToken);
        return TypedResults.Ok(Response(request, "organisme:" + organismeId, cells));
    }

    private static async Task<Results<Ok<IndicatorValuesResponse>, ValidationProblem, ProblemHttpResult>> ForTerritoryAsync(
        string territory, string code, string? breakdown, string? from, string? to,
        IndicatorsDbContext db, CurrentUserAccessor caller, TimeProvider clock, IOptions<IndicatorsOptions> options, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var isPilot = user.OrganisationKind == PlatformRoles.KindCommittee && user.Role == PlatformRoles.Pilot;
        if (!isPilot || !user.Territories.Contains(territory)) return NotFound("territory");
        var (request, errors) = IndicatorRequest.Read(code, breakdown, Breakdown.Territory.Name, from, to, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (request is null) return TypedResults.ValidationProblem(errors);

        var cells = await ComputeAsync(db, request, e => e.Territory == territory, cancellationToken);
        return TypedResults.Ok(Response(request, "territory:" + territory, SmallCellSuppression.Apply(cells, options.Value.SmallCellThreshold)));
    }

    private static async Task<IReadOnlyList<IndicatorCell>> ComputeAsync(IndicatorsDbContext db, IndicatorRequest request,
        Expression<Func<IntensiveEpisode, bool>> scope, CancellationToken cancellationToken)
    {
        var (first, last) = (request.Months[0].FirstDay, request.Months[^1].LastDay);
        // only the episodes that overlap the requested months can count in any of them
        var episodes = await db.IntensiveEpisodes.AsNoTracking().Where(scope)
            .Where(e => e.StartDate != null && e.StartDate <= last && (e.EndedOn == null || e.EndedOn >= first))
            .ToListAsync(cancellationToken);
        return request.Indicator.Compute(episodes, request.Months, request.Breakdown);
    }

    private static IndicatorValuesResponse Response(IndicatorRequest request, string scope, IReadOnlyList<IndicatorCell> cells) => new(
        request.Indicator.Definition.Code, request.Indicator.Definition.Version, scope, request.Breakdown.Name,
        request.Months[0].ToString(), request.Months[^1].ToString(),
        [.. cells.Select(c => new IndicatorRow(c.Month.ToString(), c.Group, c.Category, c.Value, c.Masked))]);

    private static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No indicators for this {what} among those you can see.");
}
