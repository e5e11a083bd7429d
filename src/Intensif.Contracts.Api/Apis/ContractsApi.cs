using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Extensions;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Identity;
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
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent).RequireClaim(PlatformClaims.OrganisationKind, PlatformRoles.KindOrganisme))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}", GetAsync).WithSummary("A contract the caller can see.").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<ContractResponse>, ProblemHttpResult>> SignAsync(
        SignContractRequest request, ContractsDbContext db, IOutbox outbox, CurrentUserAccessor caller, TimeProvider clock,
        ContractsTelemetry telemetry, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var beneficiary = await db.Beneficiaries.VisibleTo(user).SingleOrDefaultAsync(b => b.Id == request.BeneficiaryId, cancellationToken);
        if (beneficiary is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such beneficiary among the people you follow.");

        var now = clock.GetUtcNow();
        var inForce = await db.Contracts.AnyAsync(c => c.BeneficiaryId == beneficiary.Id && Contract.InForce.Contains(c.Status), cancellationToken);
        var contract = Contract.Sign(beneficiary, user.Subject, request.SignedOn ?? DateOnly.FromDateTime(now.UtcDateTime), inForce, now);
        db.Contracts.Add(contract);
        outbox.Enqueue(new ContractSigned(Guid.CreateVersion7(now), now, contract.Id, contract.OrganismeId, beneficiary.Territory,
            beneficiary.PseudonymousId, contract.SignedOn), contract.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);   // the contract and its event commit together

        telemetry.ContractSigned(contract.OrganismeId);
        return TypedResults.Created($"/api/contracts/{contract.Id}", ContractResponse.From(contract));
    }

    private static async Task<Results<Ok<ContractResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ContractsDbContext db, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.VisibleTo(caller.User).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return contract is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such contract among those you can see.")
            : TypedResults.Ok(ContractResponse.From(contract));
    }
}
