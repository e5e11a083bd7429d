using Intensif.Messaging;
using Intensif.Scheduling.Api.Catalogue;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Intensif.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>One assignment of a programme: booking a proposal, confirming, and recording what happened (attendance).</summary>
public static class AssignmentsApi
{
    public static IEndpointRouteBuilder MapAssignmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/scheduling/assignments/{id:guid}").WithTags("Programme hebdomadaire")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .AddEndpointFilter(CatalogueRefusalFilter.InvokeAsync);
        api.MapGet("/", GetAsync).WithSummary("An assignment: to the person's référent, their organisme's managers, and the partner running its session.")
            .WithDescription("Anyone else gets 404.")
            .WithETag().WithResponseExample(StatusCodes.Status200OK, ApiExamples.Booked)
            .Produces<AssignmentResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/book", BookAsync).RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent))
            .WithSummary("The référent books a PROPOSED activity the person agreed to; publishes AssignmentBooked.")
            .WithDescription("409 assignment-not-proposed, week-closed, programme-conflict, seat-not-held (a Partners session is booked only "
                + "with a seat held through an accepted referral: POST /api/partners/referrals).").WithIfMatch().WithResponseExample(StatusCodes.Status200OK, ApiExamples.Booked)
            .Produces<AssignmentResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/confirm", ConfirmAsync)
            .WithSummary("The référent, or the partner running the session, confirms the person will come (BOOKED → CONFIRMED).")
            .WithDescription("409 assignment-not-booked, week-closed.").WithIfMatch()
            .Produces<AssignmentResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/attendance", RecordAttendanceAsync)
            .WithSummary("Records what happened: the partner's attendance sheet for its own session, or the référent's validation.")
            .WithDescription("A partner records only the sessions of its own structure (declaredBy PARTNER). The référent validates a session's "
                + "attendance (REFERENT) or records the person's declaration of an autonomous activity (BENEFICIARY), which needs a "
                + "proofReference. DONE is valued by the catalogue within its caps (SR-04: the week's hours and occurrences of the entry so far). "
                + "409 codes: attendance-before-start, attendance-already-recorded, assignment-not-booked, assignment-cancelled, week-closed. "
                + "Publishes AttendanceRecorded.")
            .WithIfMatch().WithRequestExample(ApiExamples.Attended).WithResponseExample(StatusCodes.Status200OK, ApiExamples.Done)
            .Produces<AssignmentResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<AssignmentResponse>, ProblemHttpResult>> GetAsync(
        Guid id, SchedulingDbContext db, CurrentUserAccessor caller, HttpContext http, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, id, caller.User, includeManagers: true, cancellationToken) is not { } found) return NotFound();
        http.SetETag(found.Assignment.Sequence);
        return TypedResults.Ok(AssignmentResponse.From(found.Assignment));
    }

    private static async Task<Results<Ok<AssignmentResponse>, ProblemHttpResult>> BookAsync(
        Guid id, SchedulingDbContext db, ProgrammeBooking programmes, CurrentUserAccessor caller, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(db, id, caller.User, includeManagers: false, cancellationToken) is not { } found) return NotFound();
        http.CheckIfMatch(found.Assignment.Sequence);
        await EnsureWeekOpenAsync(db, found.Assignment, cancellationToken);
        // the checks again under the person's lock, with the proposal read again: a double click books it once
        var booked = await programmes.BookProposalAsync(found.Assignment, current => http.CheckIfMatch(current.Sequence), clock.GetUtcNow(),
            cancellationToken);
        http.SetETag(booked.Sequence);
        return TypedResults.Ok(AssignmentResponse.From(booked));
    }

    private static async Task<Results<Ok<AssignmentResponse>, ProblemHttpResult>> ConfirmAsync(
        Guid id, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, id, caller.User, includeManagers: false, cancellationToken) is not { } found) return NotFound();
        http.CheckIfMatch(found.Assignment.Sequence);
        await EnsureWeekOpenAsync(db, found.Assignment, cancellationToken);
        found.Assignment.Confirm(clock.GetUtcNow());
        audit.Record("assignment.confirmed", "Assignment", found.Assignment.Id, found.Assignment.BeneficiaryId, AssignmentResponse.From(found.Assignment));
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(found.Assignment.Sequence);
        return TypedResults.Ok(AssignmentResponse.From(found.Assignment));
    }

    private static async Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> RecordAttendanceAsync(
        Guid id, RecordAttendanceRequest request, SchedulingDbContext db, IOutbox outbox, AuditTrail audit, CatalogueValuations catalogue,
        CurrentUserAccessor caller, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (await FindAsync(db, id, user, includeManagers: false, cancellationToken) is not { } found) return NotFound();
        var (assignment, now) = (found.Assignment, clock.GetUtcNow());
        http.CheckIfMatch(assignment.Sequence);
        var declaredBy = user.Role == PlatformRoles.Partner ? AttendanceSource.PARTNER
            : assignment.Kind == AssignmentKind.AUTONOMOUS ? AttendanceSource.BENEFICIARY : AttendanceSource.REFERENT;
        var outcome = request.Outcome!.Value;
        if (declaredBy == AttendanceSource.BENEFICIARY && outcome == AttendanceOutcome.DONE && string.IsNullOrWhiteSpace(request.ProofReference))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["proofReference"] = ["The person's declaration of an autonomous activity comes with a proof (a reference to it)."],
            });
        assignment.EnsureAttendanceCanBeRecorded(now);
        await EnsureWeekOpenAsync(db, assignment, cancellationToken);

        decimal realised = 0;
        string? supervision = null;
        if (outcome == AttendanceOutcome.DONE)
        {
            var spent = request.ActualHours ?? Math.Min(35m, (decimal)(assignment.PlannedEnd - assignment.PlannedStart).TotalHours);
            var query = await RealisedCredit.QueryAsync(db, assignment.BeneficiaryId, assignment.EpisodeId, assignment.EntryCode, assignment.Week, spent,
                assignment.Territory, assignment.Id, cancellationToken);
            var valued = await catalogue.ValueAsync(query, ProgrammeScope.BearerToken(http), cancellationToken);
            realised = valued.Hours;
            supervision = valued.Supervision;
        }
        assignment.RecordAttendance(outcome, realised, request.ActualHours, request.ProofReference?.Trim(), declaredBy, user.Subject, now, supervision);
        audit.Record("attendance.recorded", "Assignment", assignment.Id, assignment.BeneficiaryId, AssignmentResponse.From(assignment));
        outbox.Enqueue(AssignmentEvents.Recorded(assignment, now), assignment.BeneficiaryId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(assignment.Sequence);
        return TypedResults.Ok(AssignmentResponse.From(assignment));
    }

    private sealed record Found(Assignment Assignment);

    /// <summary>
    /// The assignment if the caller may act on it: the person's current référent (same organisme), the partner whose
    /// structure runs its session, and for reads the organisme's managers.
    /// </summary>
    private static async Task<Found?> FindAsync(SchedulingDbContext db, Guid id, CurrentUser user, bool includeManagers, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null) return null;
        switch (user.Role)
        {
            case PlatformRoles.Partner:
                return assignment.Kind == AssignmentKind.SESSION && string.Equals(assignment.StructureId?.ToString(), user.Organisation, StringComparison.OrdinalIgnoreCase) ? new Found(assignment) : null;
            case PlatformRoles.Manager when includeManagers:
                return assignment.OrganismeId == user.Organisation ? new Found(assignment) : null;
            case PlatformRoles.Referent:
                var follows = await db.Episodes.AnyAsync(e => e.EpisodeId == assignment.EpisodeId && e.OrganismeId == user.Organisation
                    && e.ReferentId == user.Subject, cancellationToken);
                return follows && assignment.OrganismeId == user.Organisation ? new Found(assignment) : null;
            default:
                return null;
        }
    }

    private static Task EnsureWeekOpenAsync(SchedulingDbContext db, Assignment assignment, CancellationToken cancellationToken) =>
        ProgrammeScope.EnsureWeekOpenAsync(db, assignment.BeneficiaryId, assignment.Week, cancellationToken);

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such assignment among those you can see.");
}
