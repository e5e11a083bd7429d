using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Catalogue.Api.Apis;

public static class CatalogueApi
{
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/catalogue/entries").WithTags("Fichier métier")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapPost("/", PublishAsync).WithSummary("A manager or an operator publishes an activity of the fichier métier, valued in hours.")
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Manager, PlatformRoles.Operator))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync).WithSummary("The activities of the fichier métier, by code.");
        api.MapGet("/{code}", GetAsync).WithSummary("One activity by its code.").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Created<CatalogueEntryResponse>> PublishAsync(
        PublishEntryRequest request, CatalogueDbContext db, IOutbox outbox, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var entry = CatalogueEntry.Publish(request.Code!, request.Label!, request.Category!, request.Family!.Value, request.Valuation!.Value,
            request.ForfaitHours!.Value, caller.User.Subject, now);
        db.Entries.Add(entry);
        outbox.Enqueue(new CatalogueEntryPublished(Guid.CreateVersion7(now), now, entry.Code, entry.Label, entry.Category, entry.ForfaitHours), entry.Code);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/catalogue/entries/{entry.Code}", CatalogueEntryResponse.From(entry));
    }

    private static async Task<Ok<CatalogueEntryResponse[]>> ListAsync(CatalogueDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Entries.AsNoTracking().OrderBy(e => e.Code).Take(500).ToListAsync(cancellationToken))
            .Select(CatalogueEntryResponse.From).ToArray());

    private static async Task<Results<Ok<CatalogueEntryResponse>, ProblemHttpResult>> GetAsync(string code, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var normalised = code.ToUpperInvariant();
        var entry = await db.Entries.AsNoTracking().SingleOrDefaultAsync(e => e.Code == normalised, cancellationToken);
        return entry is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No activity {normalised} in the fichier métier.")
            : TypedResults.Ok(CatalogueEntryResponse.From(entry));
    }
}
