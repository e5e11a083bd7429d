using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Extensions;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Contracts.Api.Apis;

public static class BeneficiariesApi
{
    public static IEndpointRouteBuilder MapBeneficiariesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/contracts/beneficiaries").WithTags("Beneficiaries")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapPost("/", RegisterAsync).WithSummary("A référent registers a person they will follow.")
            .WithIdempotency().WithRequestExample(ApiExamples.RegisterRsaBeneficiary).WithResponseExample(StatusCodes.Status201Created, ApiExamples.RsaBeneficiary)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent).RequireClaim(PlatformClaims.OrganisationKind, PlatformRoles.KindOrganisme))
            .WithDescription("Publics (RSA, ARE, ASS, JEUNE, RQTH, SANS_ALLOCATION), `sex` (F / M) and `qpv` (lives in a quartier prioritaire) are optional (the indicators' sex and QPV breakdowns; \"unknown\" when absent); an RSA beneficiary needs the household facts (size, single-parent majoration, children under 12) behind the 50 % sanction cap (409 `rsa-household-required`, `rsa-household-without-rsa`, `rsa-household-inconsistent`, `publics-inconsistent`).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{id:guid}/situation", DescribeSituationAsync).WithRequestExample(ApiExamples.Situation).WithResponseExample(StatusCodes.Status200OK, ApiExamples.RsaBeneficiary).WithSummary("Set the publics of a person and, for RSA, the household facts.")
            .WithDescription("Replaces the publics and the RSA household; `sex` (F / M) and `qpv` are set when given and kept when absent; audited. Same 409 codes as the registration.")
            .RequireOrganismeStaff()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}", GetAsync).WithResponseExample(StatusCodes.Status200OK, ApiExamples.RsaBeneficiary).WithName("GetBeneficiary").WithSummary("A person followed by the caller (référent) or their organisme (manager).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Created<BeneficiaryResponse>> RegisterAsync(
        RegisterBeneficiaryRequest request, ContractsDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock,
        ContractsTelemetry telemetry, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var beneficiary = Beneficiary.Register(user.Organisation, user.Subject, request.FranceTravailId, request.FirstName!, request.LastName!,
            request.BirthDate!.Value, request.Territory!, clock.GetUtcNow());
        beneficiary.DescribeSituation(request.Publics ?? [], request.RsaHousehold?.ToDomain(), clock.Today());
        beneficiary.DescribeProfile(request.Sex, request.Qpv);
        var created = await db.InTransactionAsync(() =>
        {
            db.Beneficiaries.Add(beneficiary);
            audit.Record("beneficiary.registered", "beneficiary", beneficiary.Id, beneficiary.OrganismeId, null, BeneficiaryResponse.From(beneficiary));
            return Task.FromResult(TypedResults.Created($"/api/contracts/beneficiaries/{beneficiary.Id}", BeneficiaryResponse.From(beneficiary)));
        }, cancellationToken);
        telemetry.BeneficiaryRegistered(user.Organisation);
        return created;
    }

    private static Task<Results<Ok<BeneficiaryResponse>, ProblemHttpResult>> DescribeSituationAsync(
        Guid id, SituationRequest request, ContractsDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var user = caller.User;
        var household = request.RsaHousehold?.ToDomain();
        return db.InTransactionAsync<Results<Ok<BeneficiaryResponse>, ProblemHttpResult>>(async () =>
        {
            var beneficiary = await db.Beneficiaries.VisibleTo(user).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
            if (beneficiary is null) return NotFound.Problem("beneficiary");
            var before = BeneficiaryResponse.From(beneficiary);
            beneficiary.DescribeSituation(request.Publics!, household, clock.Today());
            beneficiary.DescribeProfile(request.Sex, request.Qpv);
            audit.Record("beneficiary.situation-set", "beneficiary", beneficiary.Id, beneficiary.OrganismeId, before, BeneficiaryResponse.From(beneficiary));
            return TypedResults.Ok(BeneficiaryResponse.From(beneficiary));
        }, cancellationToken);
    }

    private static async Task<Results<Ok<BeneficiaryResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ContractsDbContext db, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        var beneficiary = await db.Beneficiaries.VisibleTo(caller.User).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        return beneficiary is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such beneficiary among the people you can see.")
            : TypedResults.Ok(BeneficiaryResponse.From(beneficiary));
    }
}
