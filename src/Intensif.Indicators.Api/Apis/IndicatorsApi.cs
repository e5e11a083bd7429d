using Intensif.Indicators.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Apis;

public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/indicators").WithTags("Indicators")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapGet("/organismes/{organismeId}/active-contracts", GetActiveContractsAsync)
            .WithSummary("Contrats d'engagement in force in an organisme; its managers only")
            .WithDescription("In force = signed and not closed (a closure may arrive before its signature). Another organisme, or a caller who is not its manager, answers 404.")
            .WithResponseExample(StatusCodes.Status200OK, new ActiveContractsResponse("ft-75-001", 412, new DateTimeOffset(2026, 3, 31, 18, 0, 0, TimeSpan.Zero)))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<ActiveContractsResponse>, ProblemHttpResult>> GetActiveContractsAsync(
        string organismeId, IndicatorsDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (user.Role != PlatformRoles.Manager || user.Organisation != organismeId)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No indicators for this organisme among those you can see.");

        // in force = signed and not closed (a closure may have arrived before its signature)
        var count = await db.ActiveContracts.CountAsync(a => a.OrganismeId == organismeId
            && !db.ContractClosures.Any(c => c.ContractId == a.ContractId), cancellationToken);
        return TypedResults.Ok(new ActiveContractsResponse(organismeId, count, clock.GetUtcNow()));
    }
}
