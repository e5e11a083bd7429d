using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Change of référent (passation, §3.18): plan and history kept, the receiving portfolio's cap checked.</summary>
public static class PassationApi
{
    public static IEndpointRouteBuilder MapPassationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/contracts/beneficiaries/{beneficiaryId:guid}/referent-changes").WithTags("Passation")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy).RequireOrganismeStaff();
        api.MapPost("/", HandOverAsync).WithRequestExample(ApiExamples.Handover).WithResponseExample(StatusCodes.Status201Created, ApiExamples.HandedOver).WithSummary("Hand a person over to another référent of the organisme.").WithIdempotency()
            .WithDescription("The current référent or a manager hands the person, their contract in force and their intensive episode over; the plan, the versions and the interview history are kept (BR-21, SR-10) and a handover note is required. When an episode moves, the receiving référent's cap is checked under their portfolio lock: 409 `portfolio-full`. Publishes ReferentChanged (and ContractAmended).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.ReferentChanges).WithSummary("The référent changes of a person.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Task<Results<Created<ReferentChangeResponse>, ProblemHttpResult>> HandOverAsync(
        Guid beneficiaryId, ChangeReferentRequest request, ContractsDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, CancellationToken ct)
    {
        var user = caller.User;
        return db.InTransactionAsync<Results<Created<ReferentChangeResponse>, ProblemHttpResult>>(async () =>
        {
            var beneficiary = await db.Beneficiaries.VisibleTo(user).SingleOrDefaultAsync(b => b.Id == beneficiaryId, ct);
            if (beneficiary is null) return NotFound.Problem("beneficiary");
            var now = clock.GetUtcNow();
            var contract = await db.Contracts.SingleOrDefaultAsync(c => c.BeneficiaryId == beneficiaryId && Contract.InForce.Contains(c.Status), ct);
            var episode = contract is null ? null
                : await db.IntensiveEpisodes.SingleOrDefaultAsync(e => e.ContractId == contract.Id && e.Status == EpisodeStatus.ACTIVE, ct);
            var policy = await db.PolicyForAsync(beneficiary.OrganismeId, ct);
            var to = request.ToReferentId!.Trim();
            var receiving = episode is null ? 0 : await db.LockAndCountAsync(beneficiary.OrganismeId, to, now, ct);
            var contractBefore = contract is null ? null : ContractResponse.From(contract);
            var (change, version) = ReferentChange.Handover(beneficiary, contract, episode, to, request.Reason!.Value,
                request.EffectiveDate ?? clock.Today(), request.HandoverNote!, receiving, policy, now, user.Subject);
            db.ReferentChanges.Add(change);
            audit.Record("referent.changed", "beneficiary", beneficiary.Id, beneficiary.OrganismeId,
                new { referentId = change.FromReferentId }, ReferentChangeResponse.From(change));
            if (contract is not null && version is not null)
            {
                db.ContractVersions.Add(version);
                audit.Record("contract.amended", "contract", contract.Id, contract.OrganismeId, contractBefore, ContractResponse.From(contract));
                outbox.Enqueue(ContractEvents.Amended(contract, beneficiary, version, now), contract.Id.ToString());
            }
            outbox.Enqueue(ContractEvents.ReferentChanged(change, beneficiary, contract?.Id, episode is not null, now),
                contract?.Id.ToString() ?? beneficiary.Id.ToString());
            return TypedResults.Created($"/api/contracts/beneficiaries/{beneficiary.Id}/referent-changes", ReferentChangeResponse.From(change));
        }, ct);
    }

    private static async Task<Results<Ok<ReferentChangeResponse[]>, ProblemHttpResult>> ListAsync(
        Guid beneficiaryId, ContractsDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        if (!await db.Beneficiaries.VisibleTo(caller.User).AnyAsync(b => b.Id == beneficiaryId, ct)) return NotFound.Problem("beneficiary");
        var changes = await db.ReferentChanges.Where(r => r.BeneficiaryId == beneficiaryId).OrderBy(r => r.RecordedAt).ToListAsync(ct);
        return TypedResults.Ok(changes.Select(ReferentChangeResponse.From).ToArray());
    }
}
