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

/// <summary>
/// The référent's side of the persons' declarations of autonomous activities: listing them, validating one (a DONE
/// autonomous assignment valued by the catalogue, declaredBy BENEFICIARY) or rejecting it with a reason.
/// </summary>
public static class DeclarationsApi
{
    private const int MaxPage = 100;

    public static IEndpointRouteBuilder MapDeclarationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scheduling/programmes/{beneficiaryId:guid}/declarations", ListAsync).WithTags("Accès de la personne")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .WithSummary("The person's declarations of autonomous activities, oldest first, optionally of one status (PENDING to review).")
            .WithDescription("The person's référent or a manager of their organisme; anyone else gets 404. Cursor pagination: limit (1-100, 20 by "
                + "default) and the cursor of the previous page's next. 400 for an unknown status or cursor.")
            .WithResponseExample(StatusCodes.Status200OK, PersonAccessExamples.Declarations)
            .Produces<DeclarationsPage>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        var decide = app.MapGroup("/api/scheduling/declarations/{id:guid}").WithTags("Accès de la personne")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent))
            .AddEndpointFilter(CatalogueRefusalFilter.InvokeAsync);
        decide.MapPost("/validate", ValidateAsync)
            .WithSummary("The référent validates a declaration: a DONE autonomous assignment enters the programme (declaredBy BENEFICIARY).")
            .WithDescription("Like the référent's recording of a declaration: valued by the catalogue with the référent's token within the entry's "
                + "weekly caps (SR-04); publishes AssignmentBooked and AttendanceRecorded. 409 codes: declaration-already-decided, week-closed, "
                + "programme-conflict. The catalogue's refusal is its 400; 503 catalogue-unavailable.")
            .WithResponseExample(StatusCodes.Status200OK, PersonAccessExamples.Validated)
            .Produces<ValidatedDeclarationResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        decide.MapPost("/reject", RejectAsync)
            .WithSummary("The référent rejects a declaration, saying why; the person reads the reason.")
            .WithDescription("409 declaration-already-decided. Audited.")
            .WithRequestExample(PersonAccessExamples.Reject).WithResponseExample(StatusCodes.Status200OK, PersonAccessExamples.Rejected)
            .Produces<DeclarationResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<DeclarationsPage>, ValidationProblem, ProblemHttpResult>> ListAsync(
        Guid beneficiaryId, string? status, string? cursor, int? limit, SchedulingDbContext db, CurrentUserAccessor caller,
        CancellationToken cancellationToken)
    {
        var user = caller.User;
        DeclarationStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.GetNames<DeclarationStatus>().Contains(status) || !Enum.TryParse<DeclarationStatus>(status, out var parsed))
                return Invalid("status", "PENDING, VALIDATED or REJECTED.");
            wanted = parsed;
        }
        (DateTimeOffset At, Guid Id)? after = null;
        if (cursor is not null)
        {
            if (DecodeCursor(cursor) is not { } position) return Invalid("cursor", "Not a cursor of this list.");
            after = position;
        }
        var size = Math.Clamp(limit ?? 20, 1, MaxPage);
        if ((await ProgrammeScope.ReadableEpisodesAsync(db, beneficiaryId, user, cancellationToken)).Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such person among those whose programme you can see.");

        var query = db.Set<BeneficiaryDeclaration>().AsNoTracking().Where(d => d.BeneficiaryId == beneficiaryId && d.OrganismeId == user.Organisation);
        if (wanted is { } s) query = query.Where(d => d.Status == s);
        if (after is { } a) query = query.Where(d => d.CreatedAt > a.At || (d.CreatedAt == a.At && d.Id.CompareTo(a.Id) > 0));
        var page = await query.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).Take(size + 1).ToListAsync(cancellationToken);
        var items = page.Take(size).Select(DeclarationResponse.From).ToList();
        var next = page.Count > size ? PageCursor.Encode($"{items[^1].CreatedAt.UtcTicks}|{items[^1].Id}") : null;
        return TypedResults.Ok(new DeclarationsPage(items, next));
    }

    private static async Task<Results<Ok<ValidatedDeclarationResponse>, ProblemHttpResult>> ValidateAsync(
        Guid id, SchedulingDbContext db, IOutbox outbox, AuditTrail audit, CatalogueValuations catalogue, ProgrammeBooking programmes,
        CurrentUserAccessor caller, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (await FollowedAsync(db, id, user, cancellationToken) is not { } found) return NotFound();
        var (declaration, episode) = found;
        declaration.EnsurePending();
        await EnsureWeekOpenAsync(db, declaration, cancellationToken);

        // valued like the référent's recording of a declaration: what the person was credited for this entry so far (SR-04 caps)
        var spent = Math.Min(35m, (decimal)(declaration.End - declaration.Start).TotalHours);
        var query = await RealisedCredit.QueryAsync(db, declaration.BeneficiaryId, declaration.EpisodeId, declaration.EntryCode, declaration.Week, spent,
            episode.Territory, null, cancellationToken);
        var valued = await catalogue.ValueAsync(query, ProgrammeScope.BearerToken(http), cancellationToken);

        var now = clock.GetUtcNow();
        var assignment = Assignment.Plan(
            new ProgrammeSlot(user.Organisation, user.Subject, declaration.BeneficiaryId, episode.EpisodeId, episode.Territory, declaration.Start, declaration.End),
            new PlannedActivity(declaration.EntryCode, null, null, valued.Hours, valued.Supervision), booked: true, now);
        assignment.RecordAttendance(AttendanceOutcome.DONE, valued.Hours, null, declaration.ProofReference, AttendanceSource.BENEFICIARY, user.Subject, now);
        // under the person's lock, the declaration read again before the programme (a second validation is
        // declaration-already-decided, not a conflict with the first one's assignment): see docs/scheduling.md
        // ("Concurrency") for why this is not ProgrammeBooking.LockAndCheckAsync
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ProgrammeScope.LockAsync(db, declaration.BeneficiaryId, cancellationToken);
            var current = await db.Set<BeneficiaryDeclaration>().SingleAsync(d => d.Id == declaration.Id, cancellationToken);
            current.Validate(assignment.Id, user.Subject, now);
            await EnsureWeekOpenAsync(db, current, cancellationToken);
            await programmes.EnsureFitsAsync(current.BeneficiaryId, null, null, current.Start, current.End, cancellationToken);
            db.Assignments.Add(assignment);
            audit.Record("attendance.recorded", "Assignment", assignment.Id, current.BeneficiaryId, AssignmentResponse.From(assignment));
            audit.Record("declaration.validated", "BeneficiaryDeclaration", current.Id, current.BeneficiaryId, DeclarationResponse.From(current));
            outbox.Enqueue(AssignmentEvents.Booked(assignment, now), current.BeneficiaryId.ToString());
            outbox.Enqueue(AssignmentEvents.Recorded(assignment, now), current.BeneficiaryId.ToString());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            declaration = current;
        });
        return TypedResults.Ok(new ValidatedDeclarationResponse(DeclarationResponse.From(declaration), AssignmentResponse.From(assignment)));
    }

    private static async Task<Results<Ok<DeclarationResponse>, ProblemHttpResult>> RejectAsync(
        Guid id, RejectDeclarationRequest request, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (await FollowedAsync(db, id, user, cancellationToken) is not { } found) return NotFound();
        var declaration = found.Declaration;
        declaration.Reject(request.Reason!, user.Subject, clock.GetUtcNow());
        var answer = DeclarationResponse.From(declaration);
        audit.Record("declaration.rejected", "BeneficiaryDeclaration", declaration.Id, declaration.BeneficiaryId, answer);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(answer);
    }

    /// <summary>The declaration and its episode when the caller is the référent following that episode; null otherwise (404).</summary>
    private static async Task<(BeneficiaryDeclaration Declaration, IntensiveEpisode Episode)?> FollowedAsync(SchedulingDbContext db, Guid id, CurrentUser user,
        CancellationToken cancellationToken)
    {
        var declaration = await db.Set<BeneficiaryDeclaration>().SingleOrDefaultAsync(d => d.Id == id && d.OrganismeId == user.Organisation, cancellationToken);
        if (declaration is null) return null;
        var episode = (await ProgrammeScope.FollowedEpisodesAsync(db, declaration.BeneficiaryId, user, cancellationToken))
            .FirstOrDefault(e => e.EpisodeId == declaration.EpisodeId);
        return episode is null ? null : (declaration, episode);
    }

    private static Task EnsureWeekOpenAsync(SchedulingDbContext db, BeneficiaryDeclaration declaration, CancellationToken cancellationToken) =>
        ProgrammeScope.EnsureWeekOpenAsync(db, declaration.BeneficiaryId, declaration.Week, cancellationToken);

    private static (DateTimeOffset At, Guid Id)? DecodeCursor(string cursor) =>
        PageCursor.Decode(cursor)?.Split('|') is [var ticks, var id] && long.TryParse(ticks, System.Globalization.CultureInfo.InvariantCulture, out var utcTicks) && Guid.TryParse(id, out var guid)
            ? (new DateTimeOffset(utcTicks, TimeSpan.Zero), guid)
            : null;

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such declaration among the people you follow.");
}
