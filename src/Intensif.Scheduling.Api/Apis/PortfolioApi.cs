using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>The people in an open intensive episode, as the Contracts events made them known to Scheduling.</summary>
public static class PortfolioApi
{
    public static IEndpointRouteBuilder MapPortfolioApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scheduling/portfolio", ListAsync).WithTags("Programme hebdomadaire")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .WithSummary("A référent's people in an open intensive episode (a manager: the whole organisme's), with the pseudonymous id their programme uses.")
            .WithDescription("Fed by IntensiveEpisodeStarted/Ended/Extended, ReferentChanged and ContractAmended; the contract id links a "
                + "person of the Contracts service to their programme here. Other roles get an empty list.")
            .Produces<List<PortfolioEntry>>().WithResponseExample(StatusCodes.Status200OK, ApiExamples.Portfolio);
        return app;
    }

    private static async Task<List<PortfolioEntry>> ListAsync(SchedulingDbContext db, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (user.Role is not (PlatformRoles.Referent or PlatformRoles.Manager)) return [];
        return await db.Episodes.AsNoTracking()
            .Where(e => e.OrganismeId == user.Organisation && e.EndedOn == null && e.ReferentId != ""
                && (user.Role == PlatformRoles.Manager || e.ReferentId == user.Subject))
            .OrderBy(e => e.StartDate).ThenBy(e => e.EpisodeId)
            .Select(e => new PortfolioEntry(e.BeneficiaryId, e.EpisodeId, e.ContractId, e.ReferentId, e.Territory, e.StartDate, e.PlannedEndDate, e.TargetWeeklyHours))
            .ToListAsync(cancellationToken);
    }
}
