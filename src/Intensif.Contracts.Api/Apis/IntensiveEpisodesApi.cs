using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Accompagnement intensif: start (portfolio cap under a per-référent lock), extension, exit.</summary>
public static class IntensiveEpisodesApi
{
    public static IEndpointRouteBuilder MapIntensiveEpisodesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/contracts/{contractId:guid}/intensive-episodes").WithTags("Accompagnement intensif")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy).RequireOrganismeStaff();
        api.MapPost("/", StartAsync).WithRequestExample(ApiExamples.StartEpisode).WithResponseExample(StatusCodes.Status201Created, ApiExamples.EpisodeStarted).WithSummary("Start an intensive episode on a signed or active contract.").WithIdempotency()
            .WithDescription("The planned end is mandatory and within the organisme's duration bounds (SR-06; national frame 1–12 months, e.g. 2–6 in Hérault): 409 `intensive-duration-out-of-bounds`. The référent's portfolio must have room (BR-14: 50 or the stricter local cap), checked under a per-référent lock so concurrent starts never exceed it: 409 `portfolio-full`. Activates a signed contract, makes a new contract version; publishes IntensiveEpisodeStarted and ContractAmended.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.Episodes).WithSummary("The intensive episodes of a contract, with the 30-day end alert (SR-06).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{episodeId:guid}/extension", ExtendAsync).WithRequestExample(ApiExamples.ExtendEpisode).WithResponseExample(StatusCodes.Status200OK, ApiExamples.EpisodeExtended).WithSummary("Extend an episode: a later planned end, as an amendment of the contract.")
            .WithDescription("The whole episode stays within the maximum duration (409 `intensive-duration-out-of-bounds`); the new end must be later (409 `extension-not-later`). Publishes IntensiveEpisodeExtended and ContractAmended.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{episodeId:guid}/exit", EndAsync).WithRequestExample(ApiExamples.EndEpisode).WithResponseExample(StatusCodes.Status200OK, ApiExamples.EpisodeEnded).WithSummary("End an episode with an exit reason (§3.17) and the barriers still present.")
            .WithDescription("The person returns to droit commun on the same contract (BR-22) unless the contract is then closed. Frees a slot of the référent's portfolio. Optional `employmentDetails` (§3.17: contract kind, start, length, hours, employer SIRET, ROME) records an employment outcome with source EXIT on this episode, in the same transaction, with the rules of POST /api/contracts/{contractId}/employment-outcomes (400 field errors `employmentDetails.*`). Publishes IntensiveEpisodeEnded, EmploymentOutcomeRecorded when employmentDetails are given, and ContractAmended.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static Task<Results<Created<IntensiveEpisodeResponse>, ProblemHttpResult>> StartAsync(
        Guid contractId, StartEpisodeRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, ILogger<IntensiveEpisode> logger, CancellationToken ct)
    {
        var user = caller.User;
        return db.InTransactionAsync<Results<Created<IntensiveEpisodeResponse>, ProblemHttpResult>>(async () =>
        {
            if (await ContractWrites.LoadAsync(db, user, contractId, ct) is not (var contract, var beneficiary)) return NotFound.Problem("contract");
            var before = ContractResponse.From(contract);
            var now = clock.GetUtcNow();
            var policy = await db.PolicyForAsync(contract.OrganismeId, ct);
            var hasEpisode = await db.HasActiveEpisodeAsync(contractId, ct);
            // the per-référent lock is held until commit: the count and the insert are serialized (BR-14 under concurrency)
            var active = await db.LockAndCountAsync(contract.OrganismeId, contract.ReferentId, now, ct);
            var episode = IntensiveEpisode.Start(contract, request.StartDate ?? clock.Today(), request.PlannedEndDate!.Value, hasEpisode, active, policy, now);
            db.IntensiveEpisodes.Add(episode);
            if (contract.Status == ContractStatus.SIGNED) db.ContractVersions.Add(contract.Activate(episode.StartDate, now, user.Subject));
            var version = contract.Record(ContractChange.INTENSIVE_STARTED, $"Intensive episode {episode.StartDate:yyyy-MM-dd} to {episode.PlannedEndDate:yyyy-MM-dd}", now, user.Subject);
            db.ContractVersions.Add(version);
            audit.Record("intensive-episode.started", "intensive-episode", episode.Id, contract.OrganismeId, null, IntensiveEpisodeResponse.From(episode, clock.Today()));
            audit.Record("contract.amended", "contract", contract.Id, contract.OrganismeId, before, ContractResponse.From(contract));
            outbox.Enqueue(ContractEvents.Started(episode, contract, beneficiary, await db.OrientationInForceAsync(beneficiary, ct), policy, now), contract.Id.ToString());
            outbox.Enqueue(ContractEvents.Amended(contract, beneficiary, version, now), contract.Id.ToString());
            logger.LogInformation("Intensive episode {EpisodeId} started for contract {ContractId}; référent {ReferentId} now holds {Count} of {Cap}",
                episode.Id, contract.Id, contract.ReferentId, active + 1, policy.CapacityIntensive);
            return TypedResults.Created($"/api/contracts/{contract.Id}/intensive-episodes", IntensiveEpisodeResponse.From(episode, clock.Today()));
        }, ct);
    }

    private static async Task<Results<Ok<IntensiveEpisodeResponse[]>, ProblemHttpResult>> ListAsync(
        Guid contractId, ContractsDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Contracts.VisibleTo(caller.User).AnyAsync(c => c.Id == contractId, ct)) return NotFound.Problem("contract");
        var episodes = await db.IntensiveEpisodes.Where(e => e.ContractId == contractId).OrderBy(e => e.StartDate).ToListAsync(ct);
        return TypedResults.Ok(episodes.Select(e => IntensiveEpisodeResponse.From(e, clock.Today())).ToArray());
    }

    private static Task<Results<Ok<IntensiveEpisodeResponse>, ProblemHttpResult>> ExtendAsync(
        Guid contractId, Guid episodeId, ExtendEpisodeRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit,
        CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct) =>
        EpisodeWriteAsync(contractId, episodeId, db, outbox, audit, caller, clock, "intensive-episode.extended", ContractChange.INTENSIVE_EXTENDED,
            async (episode, contract, beneficiary, now) =>
            {
                var previous = episode.PlannedEndDate;
                episode.Extend(request.PlannedEndDate!.Value, await db.PolicyForAsync(contract.OrganismeId, ct), now);
                outbox.Enqueue(ContractEvents.Extended(episode, beneficiary, previous, now), contract.Id.ToString());
                return $"Intensive episode extended to {episode.PlannedEndDate:yyyy-MM-dd}: {request.Reason!.Trim()}";
            }, ct);

    private static Task<Results<Ok<IntensiveEpisodeResponse>, ProblemHttpResult>> EndAsync(
        Guid contractId, Guid episodeId, EndEpisodeRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit,
        CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct) =>
        EpisodeWriteAsync(contractId, episodeId, db, outbox, audit, caller, clock, "intensive-episode.ended", ContractChange.INTENSIVE_ENDED,
            (episode, contract, beneficiary, now) =>
            {
                var barriers = (request.BarriersAtExit ?? []).Select(b => new BarrierRating(b.Type!.Value, b.Level!.Value)).ToArray();
                episode.End(request.EndedOn ?? clock.Today(), request.ExitType!.Value, barriers, now);
                outbox.Enqueue(ContractEvents.Ended(episode, beneficiary, now), contract.Id.ToString());
                if (request.EmploymentDetails?.ToDetails() is { } details)
                    EmploymentOutcomesApi.Add(db, outbox, audit,
                        EmploymentOutcome.Record(contract, [episode], details, EmploymentOutcomeSource.EXIT, episode.Id, now, caller.User.Subject), beneficiary, now);
                return Task.FromResult($"Intensive episode ended: {episode.ExitType}");
            }, ct,
            // the job the person leaves for is checked against the contract before anything changes (400 field errors)
            contract => request.EmploymentDetails?.ToDetails() is { } details
                && EmploymentOutcome.Check(details, contract.SignedOn, clock.Today(), "employmentDetails.") is { Count: > 0 } errors
                    ? FieldErrors.Problem(errors) : null);

    private static Task<Results<Ok<IntensiveEpisodeResponse>, ProblemHttpResult>> EpisodeWriteAsync(
        Guid contractId, Guid episodeId, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock,
        string action, ContractChange change, Func<IntensiveEpisode, Contract, Beneficiary, DateTimeOffset, Task<string>> write, CancellationToken ct,
        Func<Contract, ProblemHttpResult?>? check = null)
    {
        var user = caller.User;
        return db.InTransactionAsync<Results<Ok<IntensiveEpisodeResponse>, ProblemHttpResult>>(async () =>
        {
            if (await ContractWrites.LoadAsync(db, user, contractId, ct) is not (var contract, var beneficiary)) return NotFound.Problem("contract");
            var episode = await db.IntensiveEpisodes.SingleOrDefaultAsync(e => e.Id == episodeId && e.ContractId == contractId, ct);
            if (episode is null) return NotFound.Problem("intensive episode");
            if (check?.Invoke(contract) is { } refused) return refused;
            var before = IntensiveEpisodeResponse.From(episode, clock.Today());
            var now = clock.GetUtcNow();
            var reason = await write(episode, contract, beneficiary, now);
            var version = contract.Record(change, reason, now, user.Subject);
            db.ContractVersions.Add(version);
            audit.Record(action, "intensive-episode", episode.Id, contract.OrganismeId, before, IntensiveEpisodeResponse.From(episode, clock.Today()));
            outbox.Enqueue(ContractEvents.Amended(contract, beneficiary, version, now), contract.Id.ToString());
            return TypedResults.Ok(IntensiveEpisodeResponse.From(episode, clock.Today()));
        }, ct);
    }
}
