using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Employment outcomes of a contract's person (§3.17 employmentDetails, I4) and the follow-up checks due after exits.</summary>
public static class EmploymentOutcomesApi
{
    public static IEndpointRouteBuilder MapEmploymentOutcomesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/contracts").WithTags("Employment outcomes")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapPost("/{contractId:guid}/employment-outcomes", RecordAsync).WithIdempotency().RequireOrganismeStaff()
            .WithRequestExample(ApiExamples.EmploymentOutcome).WithResponseExample(StatusCodes.Status201Created, ApiExamples.EmploymentOutcomeRecorded)
            .WithSummary("Record an employment outcome of the person of a contract (at a follow-up check, or whenever the référent learns of it).")
            .WithDescription("`contractKind` CDI / CDD / INTERIM / CREATION_ACTIVITE / ALTERNANCE / IAE / CONTRAT_AIDE / AUTRE; `durationMonths` required for CDD, INTERIM, ALTERNANCE, IAE and CONTRAT_AIDE and empty for a CDI or a creation; `source` EXIT / FOLLOW_UP_3_MONTHS / FOLLOW_UP_6_MONTHS / FOLLOW_UP_12_MONTHS / REFERENT. 400 field errors when the job starts before the contract's signature or in the future. `durable` (I4 emploi durable): CDI, CDD of 6 months or more, creation. The outcome belongs to the intensive episode its start falls in, else to the contract's latest episode. Publishes EmploymentOutcomeRecorded (never the employer's SIRET). 409 `contract-not-signed` on a draft.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{contractId:guid}/employment-outcomes", ListAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.EmploymentOutcomes)
            .WithSummary("The employment outcomes recorded on a contract, oldest first.")
            .WithDescription("A référent sees the contracts of the people they follow, a manager those of the whole organisme; anything else is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/follow-ups/due", DueAsync).RequireOrganismeStaff()
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.FollowUpsDue)
            .WithSummary("Exits whose 3-, 6- or 12-month follow-up check is due on a day (today when `on` is omitted).")
            .WithDescription("One line per ended intensive episode and check (FOLLOW_UP_3_MONTHS, FOLLOW_UP_6_MONTHS, FOLLOW_UP_12_MONTHS) whose date (exit + 3/6/12 months) is on or before `on` and which is not answered yet (no outcome of that source recorded for the episode, no check recorded through POST …/intensive-episodes/{episodeId}/follow-up-checks); earliest due first. A référent sees the contracts they hold, a manager the whole organisme. `limit` 1–200 (default 50); `cursor` from the previous page's `nextCursor`.")
            .ProducesValidationProblem();
        return app;
    }

    private static Task<Results<Created<EmploymentOutcomeResponse>, ProblemHttpResult>> RecordAsync(
        Guid contractId, RecordEmploymentOutcomeRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, CancellationToken ct)
    {
        var user = caller.User;
        return db.InTransactionAsync<Results<Created<EmploymentOutcomeResponse>, ProblemHttpResult>>(async () =>
        {
            if (await ContractWrites.LoadAsync(db, user, contractId, ct) is not (var contract, var beneficiary)) return NotFound.Problem("contract");
            var details = request.ToDetails();
            if (EmploymentOutcome.Check(details, contract.SignedOn, clock.Today()) is { Count: > 0 } errors) return FieldErrors.Problem(errors);
            var episodes = await db.IntensiveEpisodes.AsNoTracking().Where(e => e.ContractId == contractId).ToListAsync(ct);
            var now = clock.GetUtcNow();
            var outcome = EmploymentOutcome.Record(contract, episodes, details, request.Source!.Value, null, now, user.Subject);
            Add(db, outbox, audit, outcome, beneficiary, now);
            return TypedResults.Created($"/api/contracts/{contractId}/employment-outcomes", EmploymentOutcomeResponse.From(outcome));
        }, ct);
    }

    /// <summary>Stores, audits and publishes an outcome, in the caller's transaction (also used by the exit of an episode).</summary>
    public static void Add(ContractsDbContext db, IOutbox outbox, AuditTrail audit, EmploymentOutcome outcome, Beneficiary beneficiary, DateTimeOffset now)
    {
        db.Set<EmploymentOutcome>().Add(outcome);
        audit.Record("employment-outcome.recorded", "employment-outcome", outcome.Id, outcome.OrganismeId, null, EmploymentOutcomeResponse.From(outcome));
        outbox.Enqueue(ContractEvents.OutcomeRecorded(outcome, beneficiary, now), outcome.ContractId.ToString());
    }

    private static async Task<Results<Ok<EmploymentOutcomeResponse[]>, ProblemHttpResult>> ListAsync(
        Guid contractId, ContractsDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        if (!await db.Contracts.VisibleTo(caller.User).AnyAsync(c => c.Id == contractId, ct)) return NotFound.Problem("contract");
        var outcomes = await db.Set<EmploymentOutcome>().AsNoTracking().Where(o => o.ContractId == contractId)
            .OrderBy(o => o.RecordedAt).ThenBy(o => o.Id).ToListAsync(ct);
        return TypedResults.Ok(outcomes.Select(EmploymentOutcomeResponse.From).ToArray());
    }

    private static async Task<Results<Ok<FollowUpsDuePage>, ValidationProblem>> DueAsync(
        ContractsDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct, DateOnly? on = null, string? cursor = null, int limit = 50)
    {
        if (limit is < 1 or > 200) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Between 1 and 200."] });
        (DateOnly DueOn, Guid EpisodeId, string Check)? after = null;
        if (!string.IsNullOrEmpty(cursor) && (after = FollowUpsDuePage.Decode(cursor)) is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = ["Not a cursor of this list."] });
        var day = on ?? clock.Today();
        var firstExit = day.AddMonths(-3);   // an exit after that has no check due yet
        var exits = await (
            from e in db.IntensiveEpisodes
            join c in db.Contracts.VisibleTo(caller.User) on e.ContractId equals c.Id
            where e.Status == EpisodeStatus.ENDED && e.EndedOn <= firstExit
            select new { Episode = e, c.ReferentId }).AsNoTracking().ToListAsync(ct);
        var ids = exits.Select(x => x.Episode.Id).ToArray();
        // a check is answered by an outcome of its source or by a check record that found no job
        var recorded = (await db.Set<EmploymentOutcome>().Where(o => o.EpisodeId != null && ids.Contains(o.EpisodeId.Value))
            .Select(o => new { EpisodeId = o.EpisodeId!.Value, o.Source }).ToListAsync(ct))
            .Concat(await db.Set<FollowUpCheckRecord>().Where(c => ids.Contains(c.EpisodeId)).Select(c => new { c.EpisodeId, Source = c.Check }).ToListAsync(ct))
            .ToLookup(o => o.EpisodeId, o => o.Source);
        var due = exits
            .SelectMany(x => FollowUpCheck.Due(x.Episode.EndedOn!.Value, day, recorded[x.Episode.Id]).Select(check =>
                new FollowUpDueResponse(x.Episode.ContractId, x.Episode.Id, x.Episode.BeneficiaryId, x.ReferentId, x.Episode.EndedOn!.Value,
                    x.Episode.ExitType!.Value, check.Source, check.DueOn)))
            .OrderBy(d => d.DueOn).ThenBy(d => d.EpisodeId).ThenBy(d => d.Check.ToString(), StringComparer.Ordinal)
            .Where(d => after is not { } a || IsAfter(d, a))
            .Take(limit + 1)
            .ToArray();
        var items = due.Take(limit).ToArray();
        return TypedResults.Ok(new FollowUpsDuePage(items, due.Length > limit ? FollowUpsDuePage.CursorAfter(items[^1]) : null));
    }

    private static bool IsAfter(FollowUpDueResponse d, (DateOnly DueOn, Guid EpisodeId, string Check) a) =>
        d.DueOn != a.DueOn ? d.DueOn > a.DueOn
        : d.EpisodeId != a.EpisodeId ? d.EpisodeId.CompareTo(a.EpisodeId) > 0
        : string.CompareOrdinal(d.Check.ToString(), a.Check) > 0;
}
