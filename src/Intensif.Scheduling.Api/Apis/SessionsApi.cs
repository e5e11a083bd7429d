using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>The partner sessions Scheduling knows (from the Partners events), to book into programmes.</summary>
public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scheduling/sessions/{sessionId:guid}", GetAsync).WithTags("Programme hebdomadaire")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .WithSummary("A partner session as Scheduling knows it (404 until its SessionPublished arrived, or once cancelled).")
            .WithDescription("Sessions are published by partners (Partners service); the shared offer is searched in the Catalogue (GET /api/catalogue/sessions).")
            .Produces<SessionResponse>().ProducesProblem(StatusCodes.Status404NotFound).WithResponseExample(StatusCodes.Status200OK, ApiExamples.PartnerSession);
        return app;
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> GetAsync(Guid sessionId, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.SessionId == sessionId && !s.Cancelled && s.DescribedAt > DateTimeOffset.MinValue, cancellationToken);
        return session is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such session, or it was cancelled.")
            : TypedResults.Ok(SessionResponse.From(session));
    }
}
