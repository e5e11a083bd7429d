using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Apis;

public static class StructuresApi
{
    public static IEndpointRouteBuilder MapStructuresApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/partners/structures").WithTags("Partner structures")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy).AddEndpointFilter<PartnerMembershipFilter>();
        api.MapPost("/", RegisterAsync)
            .WithSummary("Register a partner structure")
            .WithDescription("A manager or an operator registers a partner structure of the territory: SIRET (14 digits, Luhn-checked), type of §3.13, territories, themes, contacts, conventions and agreements. Publishes PartnerStructureRegistered and PartnerConventionsSet. The structure has no member yet: an operator invites its first admin (POST …/invitations). Honours Idempotency-Key.")
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Manager, PlatformRoles.Operator))
            .WithIdempotency().WithRequestExample(ApiExamples.RegisterStructure).WithResponseExample(StatusCodes.Status201Created, ApiExamples.Structure)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}", GetAsync)
            .WithSummary("Read a partner structure")
            .WithDescription("Organismes and the platform read any structure of the directory; a partner reads only its own (others answer 404). The ETag is the structure's version.")
            .WithETag().WithResponseExample(StatusCodes.Status200OK, ApiExamples.Structure)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{id:guid}", UpdateAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.Structure)
            .WithSummary("Update a partner structure's profile")
            .WithDescription("The partner itself (org_kind=partner, org=<id>), a manager or an operator replaces the profile; the SIRET never changes. If-Match with the structure's ETag refuses a stale change (412). Audited with before/after; publishes PartnerUpdated and PartnerConventionsSet.")
            .WithIfMatch().WithRequestExample(ApiExamples.UpdateStructure)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}/audit", AuditAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.AuditPage)
            .WithSummary("The audit trail of a structure")
            .WithDescription("Every write concerning the structure, its sessions and the referrals sent to it: who, when, what, before and after, members and invitations included. For the partner itself and operators. Oldest first; limit 1–100 (default 20), cursor from the previous page's nextCursor.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Created<PartnerStructureResponse>> RegisterAsync(RegisterStructureRequest request, HttpContext http,
        PartnersDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var structure = PartnerStructure.Register(request.Siret!, request.ToProfile(), caller.User.Subject, now);
        db.Structures.Add(structure);
        var after = PartnerStructureResponse.From(structure);
        audit.Record("structure.registered", nameof(PartnerStructure), structure.Id, structure.Id, null, after);
        outbox.Enqueue(new PartnerStructureRegistered(Guid.CreateVersion7(now), now, structure.Id, structure.Name, structure.Type, structure.Territories)
        {
            Siret = structure.Siret,
        }, structure.Id.ToString());
        outbox.Enqueue(StructureEvents.ConventionsSet(structure, now), structure.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(structure.Version);
        return TypedResults.Created($"/api/partners/structures/{structure.Id}", after);
    }

    private static async Task<Results<Ok<PartnerStructureResponse>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http,
        PartnersDbContext db, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        if (!caller.User.CanSeeStructure(id)) return NotFound.Problem("partner structure");
        var structure = await db.Structures.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (structure is null) return NotFound.Problem("partner structure");
        http.SetETag(structure.Version);
        return TypedResults.Ok(PartnerStructureResponse.From(structure));
    }

    private static async Task<Results<Ok<PartnerStructureResponse>, ProblemHttpResult>> UpdateAsync(Guid id, UpdateStructureRequest request, HttpContext http,
        PartnersDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.User.CanEditStructure(id)) return NotFound.Problem("partner structure");
        var structure = await db.Structures.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (structure is null) return NotFound.Problem("partner structure");
        http.CheckIfMatch(structure.Version);
        var now = clock.GetUtcNow();
        var before = PartnerStructureResponse.From(structure);
        structure.Describe(request.ToProfile(), now);
        var after = PartnerStructureResponse.From(structure);
        audit.Record("structure.updated", nameof(PartnerStructure), structure.Id, structure.Id, before, after);
        outbox.Enqueue(new PartnerUpdated(Guid.CreateVersion7(now), now, structure.Id, structure.Name, structure.Type, structure.Territories,
            structure.Themes, structure.Qualiopi, structure.PmsmpPrescriptionDelegation, structure.DataSharingAgreementSigned)
        {
            Siret = structure.Siret,
        }, structure.Id.ToString());
        outbox.Enqueue(StructureEvents.ConventionsSet(structure, now), structure.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(structure.Version);
        return TypedResults.Ok(after);
    }

    private static async Task<Results<Ok<Page<AuditEntryResponse>>, ValidationProblem, ProblemHttpResult>> AuditAsync(Guid id,
        PartnersDbContext db, CurrentUserAccessor caller, CancellationToken cancellationToken, string? cursor = null, int limit = ListCursor.DefaultLimit)
    {
        var after = ListCursor.DecodeInstant(cursor);
        if (ListCursor.Check(limit, cursor, after is not null) is { } invalid) return invalid;
        var user = caller.User;
        if (user.IsPartner() ? user.ActingStructure() != id : user.Role != PlatformRoles.Operator) return NotFound.Problem("partner structure");
        var stream = id.ToString();
        var query = db.AuditEntries.AsNoTracking().Where(a => a.Stream == stream);
        // write order; the cursor names the last entry read, whose Sequence the next page starts after
        if (after is (_, var lastId))
            query = query.Where(a => a.Sequence > db.AuditEntries.Where(l => l.Id == lastId).Select(l => l.Sequence).FirstOrDefault());
        var rows = await query.OrderBy(a => a.Sequence).Take(limit + 1).ToListAsync(cancellationToken);
        return TypedResults.Ok(ListCursor.PageOf(rows, limit,
            a => new AuditEntryResponse(a.Id, a.Actor, a.ActorOrganisation, a.ActorRole, a.At, a.Action, a.EntityType, a.EntityId, a.Before, a.After),
            a => ListCursor.Encode(a.At, a.Id)));
    }
}
