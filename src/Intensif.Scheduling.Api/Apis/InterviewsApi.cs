using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

public static class InterviewsApi
{
    public static IEndpointRouteBuilder MapInterviewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/scheduling/interviews").WithTags("Entretiens")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapPost("/", ScheduleAsync).WithSummary("The référent schedules an entretien with a person they follow.")
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}", GetAsync).WithSummary("An entretien of the caller (référent) or their organisme (manager).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Created<InterviewResponse>> ScheduleAsync(
        ScheduleInterviewRequest request, SchedulingDbContext db, IOutbox outbox, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var now = clock.GetUtcNow();
        var interview = Interview.Schedule(user.Organisation, user.Subject, request.BeneficiaryId!.Value, request.ScheduledAt!.Value,
            request.DurationMinutes!.Value, request.Type!.Value, request.Channel!.Value, now);
        db.Interviews.Add(interview);
        outbox.Enqueue(new InterviewScheduled(Guid.CreateVersion7(now), now, interview.Id, interview.OrganismeId, interview.BeneficiaryId,
            interview.ScheduledAt, interview.Type.ToString()), interview.BeneficiaryId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/interviews/{interview.Id}", InterviewResponse.From(interview));
    }

    private static async Task<Results<Ok<InterviewResponse>, ProblemHttpResult>> GetAsync(
        Guid id, SchedulingDbContext db, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var interview = await db.Interviews.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.OrganismeId == user.Organisation
            && (user.Role == PlatformRoles.Manager || (user.Role == PlatformRoles.Referent && i.ReferentId == user.Subject)), cancellationToken);
        return interview is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such interview among those you can see.")
            : TypedResults.Ok(InterviewResponse.From(interview));
    }
}
