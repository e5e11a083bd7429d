using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
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
            .WithDescription("Publishes InterviewScheduled. 409 interview-too-old: more than 31 days after the fact.")
            .WithIdempotency().WithRequestExample(ApiExamples.Interview).WithResponseExample(StatusCodes.Status201Created, ApiExamples.Scheduled)
            .Produces<InterviewResponse>(StatusCodes.Status201Created)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}", GetAsync).WithSummary("An entretien of the caller (référent) or their organisme (manager).")
            .WithDescription("Anyone else gets 404. The ETag is the entretien's sequence.")
            .WithETag().Produces<InterviewResponse>().WithResponseExample(StatusCodes.Status200OK, ApiExamples.Scheduled)
            .ProducesProblem(StatusCodes.Status404NotFound);
        var own = api.MapGroup("/{id:guid}").RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithIfMatch();
        own.MapPost("/outcome", RecordOutcomeAsync).WithRequestExample(ApiExamples.Held).Produces<InterviewResponse>()
            .WithDescription("409 interview-not-yet-started, interview-closed (outcomes are final).")
            .WithSummary("The référent records whether a past entretien was held or missed (justified or not); publishes InterviewHeld or InterviewMissed.");
        own.MapPost("/reschedule", RescheduleAsync).WithSummary("A new time for a scheduled entretien; same id, its calendar SEQUENCE is raised.")
            .WithDescription("409 interview-in-the-past, interview-closed.").WithRequestExample(ApiExamples.Reschedule).Produces<InterviewResponse>();
        own.MapPost("/cancel", CancelAsync).WithSummary("Cancels a scheduled entretien; it stays in the feeds as STATUS:CANCELLED.")
            .WithDescription("409 interview-closed.").Produces<InterviewResponse>();
        return app;
    }

    private static async Task<Created<InterviewResponse>> ScheduleAsync(
        ScheduleInterviewRequest request, SchedulingDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var user = caller.User;
        var now = clock.GetUtcNow();
        var interview = Interview.Schedule(user.Organisation, user.Subject, request.BeneficiaryId!.Value, request.ScheduledAt!.Value,
            request.DurationMinutes!.Value, request.Type!.Value, request.Channel!.Value, now);
        db.Interviews.Add(interview);
        audit.Record("interview.scheduled", "Interview", interview.Id, interview.BeneficiaryId, InterviewResponse.From(interview));
        outbox.Enqueue(new InterviewScheduled(Guid.CreateVersion7(now), now, interview.Id, interview.OrganismeId, interview.BeneficiaryId,
            interview.ScheduledAt, interview.Type.ToString()), interview.BeneficiaryId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/interviews/{interview.Id}", InterviewResponse.From(interview));
    }

    private static async Task<Results<Ok<InterviewResponse>, ProblemHttpResult>> RecordOutcomeAsync(
        Guid id, RecordOutcomeRequest request, SchedulingDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (await FindOwnAsync(db, id, caller.User, cancellationToken) is not { } interview) return NotFound();
        http.CheckIfMatch(interview.Sequence);
        var now = clock.GetUtcNow();
        interview.RecordOutcome(request.Outcome!.Value, now);
        IIntegrationEvent message = interview.Status == InterviewStatus.HELD
            ? new InterviewHeld(Guid.CreateVersion7(now), now, interview.Id, interview.OrganismeId, interview.BeneficiaryId, interview.ScheduledAt, interview.Type.ToString())
            : new InterviewMissed(Guid.CreateVersion7(now), now, interview.Id, interview.OrganismeId, interview.BeneficiaryId, interview.ScheduledAt, interview.Type.ToString(),
                Justified: interview.Status == InterviewStatus.NO_SHOW_JUSTIFIED);
        outbox.Enqueue(message, interview.BeneficiaryId.ToString());
        audit.Record("interview.outcome-recorded", "Interview", interview.Id, interview.BeneficiaryId, InterviewResponse.From(interview));
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(interview.Sequence);
        return TypedResults.Ok(InterviewResponse.From(interview));
    }

    private static async Task<Results<Ok<InterviewResponse>, ProblemHttpResult>> RescheduleAsync(
        Guid id, RescheduleInterviewRequest request, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (await FindOwnAsync(db, id, caller.User, cancellationToken) is not { } interview) return NotFound();
        http.CheckIfMatch(interview.Sequence);
        interview.Reschedule(request.ScheduledAt!.Value, request.DurationMinutes!.Value, request.Channel!.Value, clock.GetUtcNow());
        audit.Record("interview.rescheduled", "Interview", interview.Id, interview.BeneficiaryId, InterviewResponse.From(interview));
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(interview.Sequence);
        return TypedResults.Ok(InterviewResponse.From(interview));
    }

    private static async Task<Results<Ok<InterviewResponse>, ProblemHttpResult>> CancelAsync(
        Guid id, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (await FindOwnAsync(db, id, caller.User, cancellationToken) is not { } interview) return NotFound();
        http.CheckIfMatch(interview.Sequence);
        interview.Cancel(clock.GetUtcNow());
        audit.Record("interview.cancelled", "Interview", interview.Id, interview.BeneficiaryId, InterviewResponse.From(interview));
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(interview.Sequence);
        return TypedResults.Ok(InterviewResponse.From(interview));
    }

    private static Task<Interview?> FindOwnAsync(SchedulingDbContext db, Guid id, CurrentUser user, CancellationToken cancellationToken) =>
        db.Interviews.SingleOrDefaultAsync(i => i.Id == id && i.OrganismeId == user.Organisation && i.ReferentId == user.Subject, cancellationToken);

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such interview among those you can see.");

    private static async Task<Results<Ok<InterviewResponse>, ProblemHttpResult>> GetAsync(
        Guid id, SchedulingDbContext db, CurrentUserAccessor caller, HttpContext http, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var interview = await db.Interviews.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.OrganismeId == user.Organisation
            && (user.Role == PlatformRoles.Manager || (user.Role == PlatformRoles.Referent && i.ReferentId == user.Subject)), cancellationToken);
        if (interview is null) return NotFound();
        http.SetETag(interview.Sequence);
        return TypedResults.Ok(InterviewResponse.From(interview));
    }
}
