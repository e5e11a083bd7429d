using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// Personal access links (docs/decisions.md, "Persons reach their programme through a personal access link"): the
/// person's référent or a manager of the organisme issues a secret URL to the person's own programme, and revokes it.
/// </summary>
public static class AccessLinksApi
{
    public const string ValidDaysSetting = "Scheduling:PersonAccess:ValidDays";
    public const int DefaultValidDays = 90;

    public static IEndpointRouteBuilder MapAccessLinksApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/scheduling/programmes/{beneficiaryId:guid}/access-links", IssueAsync).WithTags("Accès de la personne")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent, PlatformRoles.Manager))
            .WithSummary("Issues the person's personal access link to their programme; the URL is shown only once.")
            .WithDescription("The person's référent or a manager of the organisme of their episode. The URL /api/scheduling/me/{token} is the "
                + "credential (persons hold no platform account): 32 random bytes, only their SHA-256 is stored; it expires after "
                + "Scheduling:PersonAccess:ValidDays (90 by default). Another organisme's person, or one the référent does not follow, is 404. Audited, never the secret.")
            .WithIdempotency().WithResponseExample(StatusCodes.Status201Created, PersonAccessExamples.Link)
            .Produces<AccessLinkResponse>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapDelete("/api/scheduling/access-links/{id:guid}", RevokeAsync).WithTags("Accès de la personne")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .WithSummary("Revokes a personal access link: its URL answers 404 from then on.")
            .WithDescription("Its creator, or a manager of the organisme. Anyone else gets 404. Audited.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<AccessLinkResponse>, ProblemHttpResult>> IssueAsync(
        Guid beneficiaryId, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, IConfiguration configuration,
        CancellationToken cancellationToken)
    {
        var user = caller.User;
        if ((await ProgrammeScope.ReadableEpisodesAsync(db, beneficiaryId, user, cancellationToken)).Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such person among the programmes you follow.");
        var validDays = configuration.GetValue(ValidDaysSetting, DefaultValidDays);
        var (link, token) = PersonAccessLink.Issue(user.Organisation, user.Subject, beneficiaryId, TimeSpan.FromDays(validDays), clock.GetUtcNow());
        db.Set<PersonAccessLink>().Add(link);
        audit.Record("access-link.created", "PersonAccessLink", link.Id, beneficiaryId, new { link.Id, link.BeneficiaryId, link.CreatedAt, link.ExpiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/access-links/{link.Id}", new AccessLinkResponse(link.Id, $"/api/scheduling/me/{token}", link.ExpiresAt));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid id, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var isManager = user.Role == PlatformRoles.Manager;
        var link = await db.Set<PersonAccessLink>().SingleOrDefaultAsync(l => l.Id == id && l.OrganismeId == user.Organisation
            && (l.CreatedBy == user.Subject || isManager), cancellationToken);
        if (link is null) return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such access link among yours.");
        link.Revoke(clock.GetUtcNow());
        audit.Record("access-link.revoked", "PersonAccessLink", link.Id, link.BeneficiaryId, new { link.Id, link.BeneficiaryId, link.RevokedAt });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
