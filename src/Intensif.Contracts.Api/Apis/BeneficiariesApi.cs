using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Extensions;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
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
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent).RequireClaim(PlatformClaims.OrganisationKind, PlatformRoles.KindOrganisme))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetBeneficiary").WithSummary("A person followed by the caller (référent) or their organisme (manager).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Created<BeneficiaryResponse>> RegisterAsync(
        RegisterBeneficiaryRequest request, ContractsDbContext db, CurrentUserAccessor caller, TimeProvider clock,
        ContractsTelemetry telemetry, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var beneficiary = Beneficiary.Register(user.Organisation, user.Subject, request.FranceTravailId, request.FirstName!, request.LastName!,
            request.BirthDate!.Value, request.Territory!, clock.GetUtcNow());
        db.Beneficiaries.Add(beneficiary);
        await db.SaveChangesAsync(cancellationToken);
        telemetry.BeneficiaryRegistered(user.Organisation);
        return TypedResults.Created($"/api/contracts/beneficiaries/{beneficiary.Id}", BeneficiaryResponse.From(beneficiary));
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
