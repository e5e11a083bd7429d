using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Intensif.ServiceDefaults.Persistence;
using Intensif.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Follow-up checks of an exit that found no job (§3.17 followUpChecks): recorded, they are no longer due.</summary>
public static class FollowUpChecksApi
{
    public static IEndpointRouteBuilder MapFollowUpChecksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/contracts/{contractId:guid}/intensive-episodes/{episodeId:guid}/follow-up-checks").WithTags("Employment outcomes")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy).RequireOrganismeStaff();
        api.MapPost("/", RecordAsync).WithIdempotency()
            .WithRequestExample(ApiExamples.FollowUpCheck).WithResponseExample(StatusCodes.Status201Created, ApiExamples.FollowUpCheckRecorded)
            .WithSummary("Record a follow-up check of an exit that found no job: the person reached without employment, or not reached.")
            .WithDescription("`check` FOLLOW_UP_3_MONTHS / FOLLOW_UP_6_MONTHS / FOLLOW_UP_12_MONTHS, `checkedOn` (today by default; not in the future, and not more than 14 days before the check's date, exit + 3/6/12 months: 400 field errors), `result` NO_EMPLOYMENT / UNREACHABLE. A check that finds a job is recorded as an employment outcome of the check's source instead (POST …/employment-outcomes). The check is then no longer due (GET /api/contracts/follow-ups/due). 409 `episode-not-ended` before the exit, `follow-up-check-already-recorded` when the check is already answered (by a record or an outcome of its source). Audited; publishes FollowUpCheckRecorded (I4 follow-up coverage).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.FollowUpChecks)
            .WithSummary("The follow-up checks recorded on an episode without a job found, oldest first.")
            .WithDescription("Checks that found a job are the episode's employment outcomes (GET /api/contracts/{contractId}/employment-outcomes). Scoped like the contract: 404 otherwise.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<FollowUpCheckResponse>, ProblemHttpResult>> RecordAsync(
        Guid contractId, Guid episodeId, RecordFollowUpCheckRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit,
        CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct)
    {
        var user = caller.User;
        try
        {
            return await db.InTransactionAsync<Results<Created<FollowUpCheckResponse>, ProblemHttpResult>>(async () =>
            {
                if (await ContractWrites.LoadAsync(db, user, contractId, ct) is not (_, var beneficiary)) return NotFound.Problem("contract");
                var episode = await db.IntensiveEpisodes.AsNoTracking().SingleOrDefaultAsync(e => e.Id == episodeId && e.ContractId == contractId, ct);
                if (episode is null) return NotFound.Problem("intensive episode");
                var checkedOn = request.CheckedOn ?? clock.Today();
                if (episode.EndedOn is { } exit
                    && FollowUpCheckRecord.Validate(request.Check!.Value, checkedOn, exit, clock.Today()) is { Count: > 0 } errors) return FieldErrors.Problem(errors);
                var now = clock.GetUtcNow();
                var check = FollowUpCheckRecord.Record(episode, request.Check!.Value, checkedOn, request.Result!.Value, await AnsweredAsync(db, episodeId, ct), now, user.Subject);
                db.Set<FollowUpCheckRecord>().Add(check);
                audit.Record("follow-up-check.recorded", "follow-up-check", check.Id, check.OrganismeId, null, FollowUpCheckResponse.From(check));
                outbox.Enqueue(ContractEvents.FollowUpCheckRecorded(check, beneficiary, now), check.ContractId.ToString());
                return TypedResults.Created($"/api/contracts/{contractId}/intensive-episodes/{episodeId}/follow-up-checks", FollowUpCheckResponse.From(check));
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // two records of the same check at the same time: the unique index on (episode, check) kept the first
            throw new RuleViolationException("follow-up-check-already-recorded", "This check of the exit is already answered.");
        }
    }

    /// <summary>The checks of the episode already answered: by a record, or by an employment outcome of their source.</summary>
    private static async Task<List<EmploymentOutcomeSource>> AnsweredAsync(ContractsDbContext db, Guid episodeId, CancellationToken ct) =>
        [.. await db.Set<FollowUpCheckRecord>().Where(c => c.EpisodeId == episodeId).Select(c => c.Check).ToListAsync(ct),
            .. await db.Set<EmploymentOutcome>().Where(o => o.EpisodeId == episodeId).Select(o => o.Source).ToListAsync(ct)];

    private static async Task<Results<Ok<FollowUpCheckResponse[]>, ProblemHttpResult>> ListAsync(
        Guid contractId, Guid episodeId, ContractsDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        if (!await db.Contracts.VisibleTo(caller.User).AnyAsync(c => c.Id == contractId, ct)) return NotFound.Problem("contract");
        var checks = await db.Set<FollowUpCheckRecord>().AsNoTracking().Where(c => c.ContractId == contractId && c.EpisodeId == episodeId)
            .OrderBy(c => c.CheckedOn).ThenBy(c => c.Id).ToListAsync(ct);
        return TypedResults.Ok(checks.Select(FollowUpCheckResponse.From).ToArray());
    }
}
