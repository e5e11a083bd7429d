using Intensif.Scheduling.Api.Calendar;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>Secret, revocable iCalendar feeds of a référent's entretiens (calendar applications cannot send a bearer token).</summary>
public static class FeedsApi
{
    /// <summary>Like RDV Service Public's sync: the recent past and everything ahead.</summary>
    public static readonly TimeSpan PastWindow = TimeSpan.FromDays(90);

    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/scheduling/feeds").WithTags("Flux iCalendar");
        api.MapPost("/", CreateAsync).WithSummary("Creates a secret feed URL of the caller's entretiens; the URL is shown only once.")
            .WithDescription("The token in the URL is the credential (calendar applications cannot send a bearer token); only its SHA-256 is stored.")
            .WithIdempotency().Produces<FeedResponse>(StatusCodes.Status201Created).WithResponseExample(StatusCodes.Status201Created, ApiExamples.Feed)
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent));
        api.MapDelete("/{id:guid}", RevokeAsync).WithSummary("Revokes one of the caller's feeds: its URL answers 404 from then on.")
            .WithDescription("Another référent's feed answers 404.")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{token}.ics", ReadAsync).WithSummary("The feed itself (RFC 5545, text/calendar). Anonymous: the URL is the secret.")
            .WithDescription("The référent's entretiens from 90 days ago onwards, Europe/Paris times with a VTIMEZONE; UID stable, SEQUENCE raised on each change.")
            .AllowAnonymous().Produces(StatusCodes.Status200OK, contentType: "text/calendar").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Created<FeedResponse>> CreateAsync(
        SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (feed, token) = CalendarFeed.Create(caller.User.Organisation, caller.User.Subject, clock.GetUtcNow());
        db.Feeds.Add(feed);
        // a feed concerns no person: the empty id; the secret token is never audited
        audit.Record("feed.created", "CalendarFeed", feed.Id, Guid.Empty, new { feed.Id, feed.CreatedAt });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/feeds/{feed.Id}", new FeedResponse(feed.Id, $"/api/scheduling/feeds/{token}.ics", feed.CreatedAt));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid id, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var feed = await db.Feeds.SingleOrDefaultAsync(f => f.Id == id && f.OrganismeId == user.Organisation && f.ReferentId == user.Subject, cancellationToken);
        if (feed is null) return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such feed among yours.");
        feed.Revoke(clock.GetUtcNow());
        audit.Record("feed.revoked", "CalendarFeed", feed.Id, Guid.Empty, new { feed.Id, feed.RevokedAt });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReadAsync(
        string token, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var hash = CalendarFeed.Hash(token);
        var feed = await db.Feeds.AsNoTracking().SingleOrDefaultAsync(f => f.TokenHash == hash && f.RevokedAt == null, cancellationToken);
        if (feed is null) return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such feed, or it was revoked.");
        var from = clock.GetUtcNow() - PastWindow;
        var interviews = await db.Interviews.AsNoTracking()
            .Where(i => i.OrganismeId == feed.OrganismeId && i.ReferentId == feed.ReferentId && i.ScheduledAt >= from)
            .OrderBy(i => i.ScheduledAt).ToListAsync(cancellationToken);
        return TypedResults.Text(InterviewCalendar.Render("Intensif — entretiens", interviews), "text/calendar; charset=utf-8");
    }
}
