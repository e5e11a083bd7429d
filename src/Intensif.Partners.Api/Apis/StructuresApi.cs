using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Apis;

public static class StructuresApi
{
    public static IEndpointRouteBuilder MapStructuresApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/partners/structures").WithTags("Partner structures")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapPost("/", RegisterAsync).WithSummary("A manager or an operator registers a partner structure of the territory.")
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Manager, PlatformRoles.Operator))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}", GetAsync).WithSummary("A partner structure (public information).").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Created<PartnerStructureResponse>> RegisterAsync(
        RegisterStructureRequest request, PartnersDbContext db, IOutbox outbox, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var structure = PartnerStructure.Register(request.Name!, request.Siret!, request.Type!, request.Territories!, caller.User.Subject, now);
        db.Structures.Add(structure);
        outbox.Enqueue(new PartnerStructureRegistered(Guid.CreateVersion7(now), now, structure.Id, structure.Name, structure.Type, structure.Territories),
            structure.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/partners/structures/{structure.Id}", PartnerStructureResponse.From(structure));
    }

    private static async Task<Results<Ok<PartnerStructureResponse>, ProblemHttpResult>> GetAsync(Guid id, PartnersDbContext db, CancellationToken cancellationToken)
    {
        var structure = await db.Structures.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return structure is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such partner structure.")
            : TypedResults.Ok(PartnerStructureResponse.From(structure));
    }
}
