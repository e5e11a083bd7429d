using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intensif.Partners.Api.Apis;

public static class ReferralsApi
{
    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/partners/referrals").WithTags("Referrals")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy).AddEndpointFilter<PartnerMembershipFilter>();
        api.MapPost("/", SendAsync)
            .WithSummary("Orient a person to a session")
            .WithDescription("A référent (org_kind organisme, role referent) sends a referral to a scheduled session that has not started: the pseudonymous id, only what the action needs (name, contact, accessibility needs) and the person's consent, which must be true (409 consent-required). The structure must have signed the data-sharing agreement (409 data-sharing-agreement-missing). Starts PENDING; publishes ReferralSent. Honours Idempotency-Key.")
            .WithIdempotency().WithRequestExample(ApiExamples.SendReferral).WithResponseExample(StatusCodes.Status201Created, ApiExamples.Referral)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent).RequireClaim(PlatformClaims.OrganisationKind, PlatformRoles.KindOrganisme))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync)
            .WithSummary("List referrals")
            .WithDescription("A partner lists the referrals sent to its structure; an organisme the referrals it sent. Optional filters: status (as read: a pending referral past its deadline is EXPIRED), sessionId. Newest first; limit 1–100 (default 20), cursor from the previous page's nextCursor.")
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.ReferralsPage).ProducesValidationProblem();
        api.MapGet("/refusal-reasons", RefusalReasons)
            .WithResponseExample(StatusCodes.Status200OK, ReferralOptions.DefaultRefusalReasons)
            .WithSummary("The refusal reasons")
            .WithDescription("The codes a partner may give when refusing a referral (configuration Partners:Referrals:RefusalReasons).");
        api.MapGet("/{id:guid}", GetAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.Referral)
            .WithSummary("Read a referral")
            .WithDescription("For the structure it was sent to and the organisme that sent it; anyone else gets 404. A pending referral past its deadline reads EXPIRED.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/accept", AcceptAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.AcceptedReferral)
            .WithSummary("Accept a referral")
            .WithDescription("The partner accepts a PENDING referral: it takes a seat (ACCEPTED, publishes ReferralAccepted) or, when the session is full, joins the waitlist (WAITLISTED), served in order when a seat frees. Concurrent acceptances never oversell: each holds the session's row lock. An expired referral answers 409 referral-expired.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/refuse", RefuseAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.RefusedReferral)
            .WithSummary("Refuse a referral")
            .WithDescription("The partner refuses a PENDING or WAITLISTED referral with a reason from the configured list (400 otherwise). Publishes ReferralRefused.")
            .WithRequestExample(ApiExamples.Refuse)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/cancel", CancelAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.CancelledReferral)
            .WithSummary("Withdraw a referral")
            .WithDescription("The organisme that sent it withdraws an open referral; a seat it held goes to the head of the waitlist. Publishes ReferralCancelled.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Created<ReferralResponse>, ProblemHttpResult>> SendAsync(SendReferralRequest request,
        PartnersDbContext db, ReferralFlow flow, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var referral = await db.InTransactionAsync(() => flow.SendAsync(request, user.Organisation, user.Subject, user.Name, cancellationToken), cancellationToken);
        return referral is null ? NotFound.Problem("session") : TypedResults.Created($"/api/partners/referrals/{referral.Id}", referral);
    }

    private static async Task<Results<Ok<Page<ReferralResponse>>, ValidationProblem>> ListAsync(
        PartnersDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken,
        ReferralStatus? status = null, Guid? sessionId = null, string? cursor = null, int limit = ListCursor.DefaultLimit)
    {
        var before = ListCursor.DecodeInstant(cursor);
        if (ListCursor.Check(limit, cursor, before is not null) is { } invalid) return invalid;
        var now = clock.GetUtcNow();
        var query = Visible(db.Referrals.AsNoTracking(), caller.User);
        if (sessionId is { } session) query = query.Where(r => r.SessionId == session);
        // the status filter applies to the status as read (a pending referral past its deadline reads EXPIRED)
        query = status switch
        {
            ReferralStatus.PENDING => query.Where(r => r.Status == ReferralStatus.PENDING && r.ExpiresAt > now),
            ReferralStatus.EXPIRED => query.Where(r => r.Status == ReferralStatus.EXPIRED || (r.Status == ReferralStatus.PENDING && r.ExpiresAt <= now)),
            { } other => query.Where(r => r.Status == other),
            null => query,
        };
        if (before is (var at, var id)) query = query.Where(r => r.SentAt < at || (r.SentAt == at && r.Id.CompareTo(id) < 0));
        var rows = await query.OrderByDescending(r => r.SentAt).ThenByDescending(r => r.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return TypedResults.Ok(ListCursor.PageOf(rows, limit, r => ReferralResponse.From(r, now), r => ListCursor.Encode(r.SentAt, r.Id)));
    }

    private static Ok<IReadOnlyList<string>> RefusalReasons(IOptions<ReferralOptions> options) => TypedResults.Ok(options.Value.EffectiveRefusalReasons);

    private static async Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> GetAsync(Guid id,
        PartnersDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var referral = await Visible(db.Referrals.AsNoTracking(), caller.User).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return referral is null ? NotFound.Problem("referral") : TypedResults.Ok(ReferralResponse.From(referral, clock.GetUtcNow()));
    }

    private static async Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> AcceptAsync(Guid id,
        PartnersDbContext db, ReferralFlow flow, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        if (caller.User.ActingStructure() is not { } structureId) return NotFound.Problem("referral");
        return Answer(await db.InTransactionAsync(() => flow.AcceptAsync(structureId, id, cancellationToken), cancellationToken));
    }

    private static async Task<Results<Ok<ReferralResponse>, ProblemHttpResult, ValidationProblem>> RefuseAsync(Guid id, RefuseReferralRequest request,
        PartnersDbContext db, ReferralFlow flow, CurrentUserAccessor caller, IOptions<ReferralOptions> options, CancellationToken cancellationToken)
    {
        if (caller.User.ActingStructure() is not { } structureId) return NotFound.Problem("referral");
        var reasons = options.Value.EffectiveRefusalReasons;
        if (!reasons.Contains(request.Reason!))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [$"One of {string.Join(", ", reasons)}."] });
        var decision = await db.InTransactionAsync(() => flow.RefuseAsync(structureId, id, request.Reason!, request.Comment, cancellationToken), cancellationToken);
        return Answer(decision).Result switch { Ok<ReferralResponse> ok => ok, var problem => (ProblemHttpResult)problem };
    }

    private static async Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> CancelAsync(Guid id, CancelReferralRequest? request,
        PartnersDbContext db, ReferralFlow flow, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (!user.IsOrganisme()) return NotFound.Problem("referral");
        return Answer(await db.InTransactionAsync(() => flow.CancelAsync(user.Organisation, id, request?.Comment, cancellationToken), cancellationToken));
    }

    /// <summary>Partners see the referrals sent to their structure, organismes those they sent; nobody else any.</summary>
    private static IQueryable<Referral> Visible(IQueryable<Referral> referrals, CurrentUser user)
    {
        if (user.IsPartner()) { var structure = user.ActingStructure() ?? Guid.Empty; return referrals.Where(r => r.StructureId == structure); }
        if (user.IsOrganisme()) return referrals.Where(r => r.OrganismeId == user.Organisation);
        return referrals.Where(_ => false);
    }

    private static Results<Ok<ReferralResponse>, ProblemHttpResult> Answer(ReferralDecision decision) => decision switch
    {
        { IsNotFound: true } => NotFound.Problem("referral"),
        { IsExpired: true } => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A rule of the accompagnement refuses this change.",
            detail: "The referral expired before the structure answered.", extensions: new Dictionary<string, object?> { ["code"] = "referral-expired" }),
        _ => TypedResults.Ok(decision.Referral!),
    };
}
