using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// Secret, revocable iCalendar feeds (calendar applications cannot send a bearer token): a référent's entretiens, one
/// person's weekly programme, and the partner sessions of a territory (and theme). All are read at the same anonymous URL.
/// </summary>
public static class FeedsApi
{
    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/scheduling/feeds").WithTags("Flux iCalendar");
        api.MapPost("/", CreateAsync).WithSummary("Creates a secret feed URL of the caller's entretiens; the URL is shown only once.")
            .WithDescription("The token in the URL is the credential (calendar applications cannot send a bearer token); only its SHA-256 is stored.")
            .WithIdempotency().Produces<FeedResponse>(StatusCodes.Status201Created).WithResponseExample(StatusCodes.Status201Created, ApiExamples.Feed)
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent));
        api.MapPost("/sessions", CreateSessionsFeedAsync)
            .WithSummary("Creates a secret feed URL of the partner sessions of one of the caller's territories, of one theme or all of them.")
            .WithDescription("Any référent or manager of an organisme of the territory. The shared calendar's events (collective sessions, coordination "
                + "meetings) of the territory are in it too. Cancelled sessions and events stay in the feed as STATUS:CANCELLED. Another territory answers 404.")
            .WithIdempotency().WithRequestExample(ApiExamples.SessionsFeed)
            .Produces<FeedResponse>(StatusCodes.Status201Created).WithResponseExample(StatusCodes.Status201Created, ApiExamples.Feed)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent, PlatformRoles.Manager));
        api.MapDelete("/{id:guid}", RevokeAsync).WithSummary("Revokes a feed: its URL answers 404 from then on.")
            .WithDescription("Its creator revokes it; a manager of the organisme also revokes its programme and sessions feeds. Anyone else gets 404.")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{token}.ics", FeedContent.ReadAsync).WithSummary("The feed itself (RFC 5545, text/calendar). Anonymous: the URL is the secret.")
            .WithDescription("From 90 days ago onwards, Europe/Paris times with a VTIMEZONE; UID stable, SEQUENCE raised on each change, STATUS:CANCELLED for cancellations.")
            .AllowAnonymous().Produces(StatusCodes.Status200OK, contentType: "text/calendar").ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/api/scheduling/programmes/{beneficiaryId:guid}/feeds", CreateProgrammeFeedAsync).WithTags("Flux iCalendar")
            .WithSummary("Creates a secret feed URL of one person's weekly programme, for the person; the URL is shown only once.")
            .WithDescription("Their référent or a manager of the organisme. Booked, confirmed, done and missed activities; a provider cancellation is STATUS:CANCELLED. Another organisme's person answers 404.")
            .WithIdempotency().Produces<FeedResponse>(StatusCodes.Status201Created).WithResponseExample(StatusCodes.Status201Created, ApiExamples.Feed)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent, PlatformRoles.Manager));
        return app;
    }

    private static Task<Created<FeedResponse>> CreateAsync(
        SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken) =>
        SaveAsync(CalendarFeed.Create(caller.User.Organisation, caller.User.Subject, clock.GetUtcNow()), db, audit, cancellationToken);

    private static async Task<Results<Created<FeedResponse>, ProblemHttpResult>> CreateProgrammeFeedAsync(
        Guid beneficiaryId, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if ((await ProgrammeScope.ReadableEpisodesAsync(db, beneficiaryId, user, cancellationToken)).Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such person among the programmes you follow.");
        return await SaveAsync(CalendarFeed.ForProgramme(user.Organisation, user.Subject, beneficiaryId, clock.GetUtcNow()), db, audit, cancellationToken);
    }

    private static async Task<Results<Created<FeedResponse>, ProblemHttpResult>> CreateSessionsFeedAsync(
        SessionsFeedRequest request, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (user.OrganisationKind != PlatformRoles.KindOrganisme || !user.Territories.Contains(request.Territory!))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such territory among yours.");
        var created = CalendarFeed.ForSessions(user.Organisation, user.Subject, request.Territory!, request.Theme, clock.GetUtcNow());
        return await SaveAsync(created, db, audit, cancellationToken);
    }

    private static async Task<Created<FeedResponse>> SaveAsync(
        (CalendarFeed Feed, string Token) created, SchedulingDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var (feed, token) = created;
        db.Feeds.Add(feed);
        // the secret token is never audited; a referent or sessions feed concerns no person (the empty id)
        audit.Record("feed.created", "CalendarFeed", feed.Id, feed.BeneficiaryId ?? Guid.Empty,
            new { feed.Id, feed.Kind, feed.BeneficiaryId, feed.Territory, feed.Theme, feed.CreatedAt });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/feeds/{feed.Id}", new FeedResponse(feed.Id, $"/api/scheduling/feeds/{token}.ics", feed.CreatedAt));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid id, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var isManager = user.Role == PlatformRoles.Manager;
        var feed = await db.Feeds.SingleOrDefaultAsync(f => f.Id == id && f.OrganismeId == user.Organisation
            && (f.ReferentId == user.Subject || (isManager && f.Kind != FeedKind.REFERENT)), cancellationToken);
        if (feed is null) return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such feed among yours.");
        feed.Revoke(clock.GetUtcNow());
        audit.Record("feed.revoked", "CalendarFeed", feed.Id, feed.BeneficiaryId ?? Guid.Empty, new { feed.Id, feed.Kind, feed.RevokedAt });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
