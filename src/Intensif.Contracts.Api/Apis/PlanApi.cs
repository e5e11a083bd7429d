using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Extensions;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Apis;

/// <summary>The plan d'action of a contract: objectives in three tables, planned actions, warnings; every change a version.</summary>
public static class PlanApi
{
    public static IEndpointRouteBuilder MapPlanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/contracts/{id:guid}/plan").WithTags("Plan d'action")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapPut("/", ReviseAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.PlanWritten).WithSummary("Write the plan d'action as it now stands: a new version; PlanVersioned is published.")
            .WithIfMatch().WithRequestExample(ApiExamples.Plan)
            .WithDescription("Objectives in the tables GENERAL / SOCIAL / EMPLOI with statuses NOT_STARTED / IN_PROGRESS / REACHED / ABANDONED; actions from the catalogue (label, supervision and forfait from the entry, as known from the catalogue's events) or free, each with its R.5411-15 family. Warnings never block: `work-first` (SR-07), `accompanied-share-low` (SR-05), `planned-hours-below-target`. 409 codes: `objective-duplicated`, `objective-removal-not-allowed`, `objective-reached-is-final`, `objective-unknown`, `catalogue-entry-unknown`, `catalogue-entry-archived`, `supervision-mismatch`, `supervision-required`, `label-required`, `weekly-hours-required`, `action-dates-inconsistent`, `invalid-contract-transition` (closed contract).")
            .RequireOrganismeStaff()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", GetAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.PlanWritten).WithSummary("The current plan d'action with its warnings computed today.").WithETag()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/versions", VersionsAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.PlanVersions).WithSummary("Every version of the plan, with the warnings it had then.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> ReviseAsync(
        Guid id, PlanRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        var user = caller.User;
        var result = await db.InTransactionAsync<Results<Ok<PlanResponse>, ProblemHttpResult>>(async () =>
        {
            if (await ContractWrites.LoadAsync(db, user, id, ct) is not (var contract, var person)) return NotFound.Problem("contract");
            var current = await db.ActionPlans.SingleOrDefaultAsync(p => p.ContractId == id, ct);
            http.CheckIfMatch(current?.Version ?? 0);   // the plan's version is its ETag; 0 before the first one
            var before = current is null ? null : PlanResponse.From(current, contract.TargetWeeklyHours, []);
            var now = clock.GetUtcNow();
            var content = await ResolveAsync(db, request, current, now, ct);
            var warnings = await WarningsAsync(db, contract, person, content, ct);
            var (plan, version) = ActionPlan.Revise(current, contract, content, warnings, request.Reason?.Trim(), now, user.Subject);
            if (current is null) db.ActionPlans.Add(plan);
            db.ActionPlanVersions.Add(version);
            var after = PlanResponse.From(plan, contract.TargetWeeklyHours, warnings);
            audit.Record("plan.versioned", "contract", contract.Id, contract.OrganismeId, before, after);
            outbox.Enqueue(new PlanVersioned(Guid.CreateVersion7(now), now, contract.Id, contract.OrganismeId, person.Territory, person.PseudonymousId,
                plan.Version, contract.TargetWeeklyHours, after.PlannedWeeklyHours,
                plan.Actions.Where(a => a.Supervision == Supervision.ACCOMPAGNEE).Sum(a => a.WeeklyHours),
                plan.Actions.Where(a => a.CatalogueCode is not null).Select(a => a.CatalogueCode!).Distinct().ToArray(),
                plan.Objectives.Select(o => $"{o.Dimension}:{o.Status}").ToArray(), warnings.Select(w => w.Code).ToArray()), contract.Id.ToString());
            return TypedResults.Ok(after);
        }, ct);
        if (result.Result is Ok<PlanResponse> ok) http.SetETag(ok.Value!.Version);
        return result;
    }

    private static async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ContractsDbContext db, CurrentUserAccessor caller, HttpContext http, CancellationToken ct)
    {
        if (await ContractWrites.LoadAsync(db, caller.User, id, ct) is not (var contract, var person)) return NotFound.Problem("contract");
        var plan = await db.ActionPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ContractId == id, ct);
        if (plan is null) return NotFound.Problem("plan");
        http.SetETag(plan.Version);
        return TypedResults.Ok(PlanResponse.From(plan, contract.TargetWeeklyHours, await WarningsAsync(db, contract, person, plan.Content, ct)));
    }

    private static async Task<Results<Ok<PlanVersionResponse[]>, ProblemHttpResult>> VersionsAsync(
        Guid id, ContractsDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        if (!await db.Contracts.VisibleTo(caller.User).AnyAsync(c => c.Id == id, ct)) return NotFound.Problem("contract");
        var versions = await db.ActionPlanVersions.Where(v => v.ContractId == id).OrderBy(v => v.Number).ToListAsync(ct);
        return TypedResults.Ok(versions.Select(PlanVersionResponse.From).ToArray());
    }

    /// <summary>Completes each action from the catalogue's copy; an action already in the plan may keep an entry since archived.</summary>
    private static async Task<PlanContent> ResolveAsync(ContractsDbContext db, PlanRequest request, ActionPlan? current, DateTimeOffset now, CancellationToken ct)
    {
        var codes = request.Actions!.Select(a => a.CatalogueCode?.Trim()).OfType<string>().Distinct().ToArray();
        var entries = await db.CatalogueEntries.AsNoTracking().Where(e => codes.Contains(e.Code)).ToDictionaryAsync(e => e.Code, e => e.ToFacts(), ct);
        var planned = (current?.Actions ?? []).Select(a => (a.Id, a.CatalogueCode)).ToHashSet();
        var actions = request.Actions!.Select(a => a.ToDraft()).Select(d => d.Resolve(
            d.CatalogueCode is { } code ? entries.GetValueOrDefault(code) : null,
            d.Id is { } actionId && planned.Contains((actionId, d.CatalogueCode)), now)).ToArray();
        return new PlanContent(request.Objectives!.Select(o => o.ToDomain()).ToArray(), actions, request.WorkFirstJustification);
    }

    /// <summary>The warnings need the episode in progress, the current orientation's parcours and the organisme's policy.</summary>
    private static async Task<IReadOnlyList<PlanWarning>> WarningsAsync(ContractsDbContext db, Contract contract, Beneficiary person, PlanContent content, CancellationToken ct)
    {
        var start = await db.IntensiveEpisodes.Where(e => e.ContractId == contract.Id && e.Status == EpisodeStatus.ACTIVE)
            .Select(e => (DateOnly?)e.StartDate).SingleOrDefaultAsync(ct);
        var parcours = person.CurrentOrientationId is { } o
            ? await db.Orientations.Where(x => x.Id == o).Select(x => (Parcours?)x.Parcours).SingleOrDefaultAsync(ct)
            : null;
        var policy = await db.PolicyForAsync(contract.OrganismeId, ct);
        return PlanWarnings.Compute(content, contract.TargetWeeklyHours, start, parcours, policy);
    }
}
