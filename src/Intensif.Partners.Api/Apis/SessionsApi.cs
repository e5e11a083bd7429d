using Intensif.Messaging;
using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Apis;

public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/partners/sessions").WithTags("Sessions")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy).AddEndpointFilter<PartnerMembershipFilter>();
        api.MapPost("/", PublishAsync)
            .WithSummary("Publish a session")
            .WithDescription("A partner publishes a dated session of a catalogue entry for its own structure: start and end (UTC, end after start), place or video link, capacity (≥ 1), territory (one the structure serves) and theme. Publishes SessionPublished. Honours Idempotency-Key.")
            .WithIdempotency().WithRequestExample(ApiExamples.Session).WithResponseExample(StatusCodes.Status201Created, ApiExamples.SessionResponse)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync)
            .WithSummary("List sessions")
            .WithDescription("Sessions starting from `from` (default now), optionally of one structure, territory or theme. A partner sees only its own structure's sessions. Ordered by start; limit 1–100 (default 20), cursor from the previous page's nextCursor.")
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.SessionsPage).ProducesValidationProblem();
        api.MapGet("/{id:guid}", GetAsync)
            .WithSummary("Read a session")
            .WithDescription("Organismes and the platform read any session; a partner only its own (others answer 404). The ETag is the session's version (it changes with every seat taken or freed).")
            .WithETag().WithResponseExample(StatusCodes.Status200OK, ApiExamples.SessionResponse)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{id:guid}", UpdateAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.SessionResponse)
            .WithSummary("Change a session")
            .WithDescription("The partner changes dates, place or capacity; capacity never drops below the seats taken (409 capacity-below-seats-taken). Seats it frees go to the waitlist first. If-Match with the session's ETag refuses a stale change (412). Publishes SessionUpdated.")
            .WithIfMatch().WithRequestExample(ApiExamples.Session)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/cancel", CancelAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.CancelledSession)
            .WithSummary("Cancel a session")
            .WithDescription("The partner cancels the session; its open referrals are cancelled by the provider. Honours If-Match (412 when stale). Publishes SessionCancelled.")
            .WithIfMatch()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Created<SessionResponse>, ProblemHttpResult>> PublishAsync(SessionRequest request, HttpContext http,
        PartnersDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (caller.User.ActingStructure() is not { } structureId) return NotFound.Problem("partner structure");
        var structure = await db.Structures.AsNoTracking().SingleOrDefaultAsync(s => s.Id == structureId, cancellationToken);
        if (structure is null) return NotFound.Problem("partner structure");
        var now = clock.GetUtcNow();
        var session = PartnerSession.Publish(structure, request.ToPlan(), now);
        db.Sessions.Add(session);
        var after = SessionResponse.From(session);
        audit.Record("session.published", nameof(PartnerSession), session.Id, structureId, null, after);
        outbox.Enqueue(SessionEvents.Published(session, now), session.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(session.Version);
        return TypedResults.Created($"/api/partners/sessions/{session.Id}", after);
    }

    private static async Task<Results<Ok<Page<SessionResponse>>, ValidationProblem>> ListAsync(
        PartnersDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken,
        Guid? structureId = null, string? territory = null, string? theme = null, DateTimeOffset? from = null, string? cursor = null, int limit = ListCursor.DefaultLimit)
    {
        var after = ListCursor.DecodeInstant(cursor);
        if (ListCursor.Check(limit, cursor, after is not null) is { } invalid) return invalid;
        var user = caller.User;
        if (user.IsPartner()) structureId = user.ActingStructure() ?? Guid.Empty;
        var since = from ?? clock.GetUtcNow();
        var query = db.Sessions.AsNoTracking().Where(s => s.Start >= since);
        if (structureId is { } id) query = query.Where(s => s.StructureId == id);
        if (territory is not null) query = query.Where(s => s.Territory == territory);
        if (theme is not null) query = query.Where(s => s.Theme == theme);
        if (after is (var at, var lastId)) query = query.Where(s => s.Start > at || (s.Start == at && s.Id.CompareTo(lastId) > 0));
        var rows = await query.OrderBy(s => s.Start).ThenBy(s => s.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return TypedResults.Ok(ListCursor.PageOf(rows, limit, SessionResponse.From, s => ListCursor.Encode(s.Start, s.Id)));
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http,
        PartnersDbContext db, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null || !caller.User.CanSeeStructure(session.StructureId)) return NotFound.Problem("session");
        http.SetETag(session.Version);
        return TypedResults.Ok(SessionResponse.From(session));
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> UpdateAsync(Guid id, SessionRequest request, HttpContext http,
        PartnersDbContext db, SessionChanges changes, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        if (caller.User.ActingStructure() is not { } structureId) return NotFound.Problem("session");
        var session = await db.InTransactionAsync(
            () => changes.RescheduleAsync(structureId, id, request.ToPlan(), version => http.CheckIfMatch(version), cancellationToken), cancellationToken);
        return Changed(session, http);
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> CancelAsync(Guid id, HttpContext http,
        PartnersDbContext db, SessionChanges changes, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        if (caller.User.ActingStructure() is not { } structureId) return NotFound.Problem("session");
        var session = await db.InTransactionAsync(() => changes.CancelAsync(structureId, id, version => http.CheckIfMatch(version), cancellationToken), cancellationToken);
        return Changed(session, http);
    }

    /// <summary>The session as committed, with its new version as ETag.</summary>
    private static Results<Ok<SessionResponse>, ProblemHttpResult> Changed(PartnerSession? session, HttpContext http)
    {
        if (session is null) return NotFound.Problem("session");
        http.SetETag(session.Version);
        return TypedResults.Ok(SessionResponse.From(session));
    }
}
