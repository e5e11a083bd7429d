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

/// <summary>DRAFT → SIGNED → ACTIVE → CLOSED, and amendments; each write is a new version, audited.</summary>
public static class ContractLifecycleApi
{
    public static IEndpointRouteBuilder MapContractLifecycleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/contracts/{id:guid}").WithTags("Contrats d'engagement")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy).RequireOrganismeStaff();
        api.MapPost("/signature", SignDraftAsync).WithRequestExample(ApiExamples.SignDraft).WithResponseExample(StatusCodes.Status200OK, ApiExamples.SignedContract).WithIfMatch().WithSummary("Sign a draft: the référent signs and the person acknowledges it (DRAFT → SIGNED).")
            .WithDescription("Publishes ContractSigned. 409 `invalid-contract-transition` when the contract is not a draft, `contract-already-in-force` when the person has another contract in force, `signature-in-the-future`.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/activation", ActivateAsync).WithRequestExample(ApiExamples.Activate).WithResponseExample(StatusCodes.Status200OK, ApiExamples.ActiveContract).WithIfMatch().WithSummary("The accompaniment starts (SIGNED → ACTIVE).")
            .WithDescription("Starting an intensive episode also activates a signed contract. Publishes ContractAmended.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/amendments", AmendAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.AmendedContract).WithIfMatch().WithRequestExample(ApiExamples.Amendment).WithSummary("Amend a contract in force (avenant): new terms, a new version.")
            .WithDescription("Weekly duration regime STANDARD / ADJUSTED_DOWN / ADJUSTED_UP / EXEMPT with a mandatory justification unless STANDARD (BR-04); EXEMPT only at the person's request (BR-05). Updating a suspended contract ends the suspension (BR-28). Publishes ContractAmended. 409 codes: `justification-required`, `weekly-hours-inconsistent-with-regime`, `exemption-requires-beneficiary-request`, `invalid-contract-transition`.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/closure", CloseAsync).WithRequestExample(ApiExamples.Closure).WithResponseExample(StatusCodes.Status200OK, ApiExamples.ClosedContract).WithIfMatch().WithSummary("Close a contract with an exit reason (§3.17).")
            .WithDescription("An intensive episode in progress must be ended first (409 `intensive-episode-active`). Publishes ContractClosed.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<ContractResponse>, ProblemHttpResult>> SignDraftAsync(
        Guid id, SignDraftRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, ContractsTelemetry telemetry, HttpContext http, CancellationToken ct)
    {
        var user = caller.User;
        var result = await db.InTransactionAsync<Results<Ok<ContractResponse>, ProblemHttpResult>>(async () =>
        {
            if (await ContractWrites.LoadAsync(db, user, id, ct) is not (var contract, var beneficiary)) return NotFound.Problem("contract");
            http.CheckIfMatch(contract.Revision);   // a stale If-Match is a 412 before anything changes
            var before = ContractResponse.From(contract);
            var now = clock.GetUtcNow();
            var inForce = await db.Contracts.AnyAsync(c => c.BeneficiaryId == beneficiary.Id && c.Id != id && Contract.InForce.Contains(c.Status), ct);
            db.ContractVersions.Add(contract.SignDraft(request.SignedOn ?? clock.Today(), request.BeneficiaryAcknowledgedOn!.Value, inForce, now, user.Subject));
            audit.Record("contract.signed", "contract", contract.Id, contract.OrganismeId, before, ContractResponse.From(contract));
            outbox.Enqueue(ContractEvents.Signed(contract, beneficiary, await db.OrientationInForceAsync(beneficiary, ct), now), contract.Id.ToString());
            await SanctionLifting.LiftRunningAsync(db, outbox, audit, beneficiary, LiftReason.CONTRACT_SIGNED, contract.SignedOn!.Value, now, user.Subject, ct);
            return TypedResults.Ok(ContractResponse.From(contract));
        }, ct);
        if (result.Result is Ok<ContractResponse> ok) telemetry.ContractSigned(ok.Value!.OrganismeId);
        return ContractWrites.Tagged(http, result);
    }

    private static Task<Results<Ok<ContractResponse>, ProblemHttpResult>> ActivateAsync(
        Guid id, ActivateContractRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, HttpContext http, CancellationToken ct) =>
        WriteAsync(id, db, outbox, audit, caller, clock, http, "contract.activated",
            (contract, now, by) => contract.Activate(request.ActivatedOn ?? clock.Today(), now, by), ct);

    private static async Task<Results<Ok<ContractResponse>, ProblemHttpResult>> AmendAsync(
        Guid id, AmendContractRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var policy = await db.PolicyForAsync(caller.User.Organisation, ct);
        var terms = WeeklyDurationInput.Terms(request.WeeklyDuration, request.OrganismeCommitments, request.BeneficiaryCommitments, policy);
        return await WriteAsync(id, db, outbox, audit, caller, clock, http, "contract.amended",
            (contract, now, by) => contract.Amend(terms, request.Reason!.Trim(), now, by), ct, LiftReason.CONTRACT_UPDATED);
    }

    private static async Task<Results<Ok<ContractResponse>, ProblemHttpResult>> CloseAsync(
        Guid id, CloseContractRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var user = caller.User;
        var result = await db.InTransactionAsync<Results<Ok<ContractResponse>, ProblemHttpResult>>(async () =>
        {
            if (await ContractWrites.LoadAsync(db, user, id, ct) is not (var contract, var beneficiary)) return NotFound.Problem("contract");
            http.CheckIfMatch(contract.Revision);   // a stale If-Match is a 412 before anything changes
            var before = ContractResponse.From(contract);
            var now = clock.GetUtcNow();
            var hasEpisode = await db.HasActiveEpisodeAsync(id, ct);
            db.ContractVersions.Add(contract.Close(request.ClosedOn ?? clock.Today(), request.Reason!.Value, hasEpisode, now, user.Subject));
            audit.Record("contract.closed", "contract", contract.Id, contract.OrganismeId, before, ContractResponse.From(contract));
            outbox.Enqueue(ContractEvents.Closed(contract, beneficiary, now), contract.Id.ToString());
            return TypedResults.Ok(ContractResponse.From(contract));
        }, ct);
        return ContractWrites.Tagged(http, result);
    }

    /// <summary>A change that makes a new version of the contract and publishes ContractAmended.</summary>
    private static async Task<Results<Ok<ContractResponse>, ProblemHttpResult>> WriteAsync(
        Guid id, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, HttpContext http, string action,
        Func<Contract, DateTimeOffset, string, ContractVersion> change, CancellationToken ct, LiftReason? lift = null)
    {
        var user = caller.User;
        var result = await db.InTransactionAsync<Results<Ok<ContractResponse>, ProblemHttpResult>>(async () =>
        {
            if (await ContractWrites.LoadAsync(db, user, id, ct) is not (var contract, var beneficiary)) return NotFound.Problem("contract");
            http.CheckIfMatch(contract.Revision);   // a stale If-Match is a 412 before anything changes
            var before = ContractResponse.From(contract);
            var now = clock.GetUtcNow();
            var version = change(contract, now, user.Subject);
            db.ContractVersions.Add(version);
            audit.Record(action, "contract", contract.Id, contract.OrganismeId, before, ContractResponse.From(contract));
            outbox.Enqueue(ContractEvents.Amended(contract, beneficiary, version, now), contract.Id.ToString());
            // BR-28: updating the contract ends the person's running sanctions
            if (lift is { } reason)
                await SanctionLifting.LiftRunningAsync(db, outbox, audit, beneficiary, reason, clock.Today(), now, user.Subject, ct);
            return TypedResults.Ok(ContractResponse.From(contract));
        }, ct);
        return ContractWrites.Tagged(http, result);
    }
}