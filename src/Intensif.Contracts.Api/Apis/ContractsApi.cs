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

public static class ContractsApi
{
    public static IEndpointRouteBuilder MapContractsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/contracts").WithTags("Contrats d'engagement")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapPost("/", SignAsync).WithSummary("The référent signs the contrat d'engagement of a person they follow; ContractSigned is published.")
            .WithIdempotency().WithRequestExample(ApiExamples.SignContract).WithResponseExample(StatusCodes.Status201Created, ApiExamples.SignedContract)
            .WithDescription("One-step signature: the person and the référent sign together. The weekly duration is STANDARD (the organisme's target, 15 h by default) unless given; any other regime needs a justification, and EXEMPT the person's request (BR-04, BR-05). 409 `contract-already-in-force` when the person already has one.")
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent).RequireClaim(PlatformClaims.OrganisationKind, PlatformRoles.KindOrganisme))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/drafts", DraftAsync).WithRequestExample(ApiExamples.Draft).WithResponseExample(StatusCodes.Status201Created, ApiExamples.DraftedContract).WithSummary("Start drawing up a contract with a person (DRAFT).").WithIdempotency()
            .WithDescription("A draft binds nobody; sign it with POST /api/contracts/{id}/signature. The person's référent unique becomes the contract's.")
            .RequireOrganismeStaff()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}", GetAsync).WithSummary("A contract the caller can see.").WithETag()
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.SignedContract)
            .WithDescription("A référent sees the contracts of the people they follow, a manager those of the whole organisme; anything else is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/versions", VersionsAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.ContractVersions).WithSummary("The history of a contract: every version, what changed it, who and when.")
            .WithDescription("Each change (signature, activation, amendment, intensive episode, passation, suspension, closure) is a new version holding the terms then in force.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/audit", AuditAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.ContractAudit).WithSummary("The audit trail of a contract, its intensive episodes and its employment outcomes (managers).")
            .WithDescription("Who wrote what and when, with the state before and after.")
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Manager))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<ContractResponse>, ProblemHttpResult>> SignAsync(
        SignContractRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock,
        ContractsTelemetry telemetry, CancellationToken ct)
    {
        var user = caller.User;
        var result = await db.InTransactionAsync<Results<Created<ContractResponse>, ProblemHttpResult>>(async () =>
        {
            var beneficiary = await db.Beneficiaries.VisibleTo(user).SingleOrDefaultAsync(b => b.Id == request.BeneficiaryId, ct);
            if (beneficiary is null) return NotFound.Problem("beneficiary");
            var now = clock.GetUtcNow();
            var policy = await db.PolicyForAsync(beneficiary.OrganismeId, ct);
            var terms = WeeklyDurationInput.Terms(request.WeeklyDuration, request.OrganismeCommitments, request.BeneficiaryCommitments, policy);
            var inForce = await db.Contracts.AnyAsync(c => c.BeneficiaryId == beneficiary.Id && Contract.InForce.Contains(c.Status), ct);
            var (contract, version) = Contract.Sign(beneficiary, user.Subject, request.SignedOn ?? clock.Today(), inForce, terms, now);
            db.Contracts.Add(contract);
            db.ContractVersions.Add(version);
            audit.Record("contract.signed", "contract", contract.Id, contract.OrganismeId, null, ContractResponse.From(contract));
            outbox.Enqueue(ContractEvents.Signed(contract, beneficiary, await db.OrientationInForceAsync(beneficiary, ct), now), contract.Id.ToString());
            await SanctionLifting.LiftRunningAsync(db, outbox, audit, beneficiary, LiftReason.CONTRACT_SIGNED, contract.SignedOn!.Value, now, user.Subject, ct);
            return TypedResults.Created($"/api/contracts/{contract.Id}", ContractResponse.From(contract));
        }, ct);
        if (result.Result is Created<ContractResponse> created) telemetry.ContractSigned(created.Value!.OrganismeId);
        return result;
    }

    private static Task<Results<Created<ContractResponse>, ProblemHttpResult>> DraftAsync(
        DraftContractRequest request, ContractsDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct)
    {
        var user = caller.User;
        return db.InTransactionAsync<Results<Created<ContractResponse>, ProblemHttpResult>>(async () =>
        {
            var beneficiary = await db.Beneficiaries.VisibleTo(user).SingleOrDefaultAsync(b => b.Id == request.BeneficiaryId, ct);
            if (beneficiary is null) return NotFound.Problem("beneficiary");
            var policy = await db.PolicyForAsync(beneficiary.OrganismeId, ct);
            var terms = WeeklyDurationInput.Terms(request.WeeklyDuration, request.OrganismeCommitments, request.BeneficiaryCommitments, policy);
            var (contract, version) = Contract.Draft(beneficiary, user.Subject, terms, clock.GetUtcNow());
            db.Contracts.Add(contract);
            db.ContractVersions.Add(version);
            audit.Record("contract.drafted", "contract", contract.Id, contract.OrganismeId, null, ContractResponse.From(contract));
            return TypedResults.Created($"/api/contracts/{contract.Id}", ContractResponse.From(contract));
        }, ct);
    }

    private static async Task<Results<Ok<ContractResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ContractsDbContext db, CurrentUserAccessor caller, HttpContext http, CancellationToken ct)
    {
        var contract = await db.Contracts.VisibleTo(caller.User).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (contract is null) return NotFound.Problem("contract");
        http.SetETag(contract.Revision);   // every change of the row is a new revision (a new version of the contract)
        return TypedResults.Ok(ContractResponse.From(contract));
    }

    private static async Task<Results<Ok<ContractVersionResponse[]>, ProblemHttpResult>> VersionsAsync(
        Guid id, ContractsDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        if (!await db.Contracts.VisibleTo(caller.User).AnyAsync(c => c.Id == id, ct)) return NotFound.Problem("contract");
        var versions = await db.ContractVersions.Where(v => v.ContractId == id).OrderBy(v => v.Number).ToListAsync(ct);
        return TypedResults.Ok(versions.Select(ContractVersionResponse.From).ToArray());
    }

    private static async Task<Results<Ok<AuditEntryResponse[]>, ProblemHttpResult>> AuditAsync(
        Guid id, ContractsDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        var user = caller.User;
        if (!await db.Contracts.VisibleTo(user).AnyAsync(c => c.Id == id, ct)) return NotFound.Problem("contract");
        var episodes = db.IntensiveEpisodes.Where(e => e.ContractId == id).Select(e => e.Id);
        var outcomes = db.Set<EmploymentOutcome>().Where(o => o.ContractId == id).Select(o => o.Id);
        var checks = db.Set<FollowUpCheckRecord>().Where(c => c.ContractId == id).Select(c => c.Id);
        var entries = await db.AuditEntries
            .Where(a => a.Stream == user.Organisation && (a.EntityId == id || episodes.Contains(a.EntityId) || outcomes.Contains(a.EntityId)
                || checks.Contains(a.EntityId)))
            .OrderBy(a => a.Sequence).ToListAsync(ct);
        return TypedResults.Ok(entries.Select(AuditEntryResponse.From).ToArray());
    }
}
