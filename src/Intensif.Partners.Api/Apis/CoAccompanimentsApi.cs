using Intensif.Messaging;
using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Intensif.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Apis;

/// <summary>Partners attached to a person's intensive episode (O2R and others); see docs/partners.md.</summary>
public static class CoAccompanimentsApi
{
    public static IEndpointRouteBuilder MapCoAccompanimentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/partners/co-accompaniments").WithTags("Co-accompaniment")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy).AddEndpointFilter<PartnerMembershipFilter>();
        api.MapPost("/", StartAsync)
            .WithSummary("Attach a partner to a person's intensive episode")
            .WithDescription("The référent's organisme (referent or manager) attaches a partner structure to an intensive episode it runs, with a role and a period within the episode (409 period-outside-episode; an O2R parcours lasts at most 12 months, 409 o2r-period-too-long), the person's name and contact and their consent (409 consent-required). The structure must have signed the data-sharing agreement (409 data-sharing-agreement-missing). One active co-accompaniment per partner and episode (409 already-co-accompanying). An episode Partners has not heard of (IntensiveEpisodeStarted), or run by another organisme, is 404; an ended one 409 episode-ended. Publishes CoAccompanimentStarted. Honours Idempotency-Key.")
            .WithIdempotency().WithRequestExample(ApiExamples.StartCoAccompaniment).WithResponseExample(StatusCodes.Status201Created, ApiExamples.CoAccompaniment)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.OrganisationKind, PlatformRoles.KindOrganisme)
                .RequireClaim(PlatformClaims.Role, PlatformRoles.Referent, PlatformRoles.Manager))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.CoAccompanimentsPage)
            .WithSummary("List co-accompaniments")
            .WithDescription("A partner lists those where it is the partner; an organisme those of its episodes. Optional filters: status (ACTIVE, ENDED), episodeId, beneficiaryId. Newest first; limit 1–100 (default 20), cursor from the previous page's nextCursor.")
            .ProducesValidationProblem();
        api.MapGet("/{id:guid}", GetAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.CoAccompaniment)
            .WithSummary("Read a co-accompaniment")
            .WithDescription("For the partner it attaches and the organisme that runs the episode; anyone else gets 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/end", EndAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.EndedCoAccompaniment)
            .WithSummary("End a co-accompaniment")
            .WithDescription("The organisme that started it ends it with a reason (OBJECTIVES_REACHED, HANDED_OVER_TO_DROIT_COMMUN, PERSON_WITHDREW, PARTNER_WITHDREW, REORIENTED, OTHER; 400 otherwise) on a day not in the future (409 end-in-future). Ending it twice is 409 co-accompaniment-ended. It also ends by itself when the intensive episode ends (reason EPISODE_ENDED). Publishes CoAccompanimentEnded.")
            .WithRequestExample(ApiExamples.EndCoAccompaniment)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Created<CoAccompanimentResponse>, ProblemHttpResult>> StartAsync(StartCoAccompanimentRequest request,
        PartnersDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var (started, missing) = await db.InTransactionAsync<(CoAccompanimentResponse?, string?)>(async () =>
        {
            // the episode's lock orders this start after any Ended event being applied, and two starts one after the other
            var episode = await db.LockEpisodeAsync(request.EpisodeId!.Value, cancellationToken);
            if (episode is null || episode.OrganismeId != user.Organisation || episode.StartDate is null) return (null, "intensive episode");
            var structure = await db.Structures.AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.StructureId, cancellationToken);
            if (structure is null) return (null, "partner structure");
            if (await db.CoAccompaniments.AnyAsync(c => c.EpisodeId == episode.EpisodeId && c.StructureId == structure.Id
                    && c.Status == CoAccompanimentStatus.ACTIVE, cancellationToken))
                throw new RuleViolationException("already-co-accompanying", "This partner already co-accompanies the person in this episode.");
            var now = clock.GetUtcNow();
            var coAccompaniment = CoAccompaniment.Start(episode, structure, user.Subject, user.Name, request.ToPlan(), now);
            db.CoAccompaniments.Add(coAccompaniment);
            var after = CoAccompanimentResponse.From(coAccompaniment);
            audit.Record("co-accompaniment.started", nameof(CoAccompaniment), coAccompaniment.Id, structure.Id, null, after);
            outbox.Enqueue(CoAccompanimentEvents.Started(coAccompaniment, now), coAccompaniment.Id.ToString());
            return (after, null);
        }, cancellationToken);
        return started is null ? NotFound.Problem(missing!) : TypedResults.Created($"/api/partners/co-accompaniments/{started.Id}", started);
    }

    private static async Task<Results<Ok<Page<CoAccompanimentResponse>>, ValidationProblem>> ListAsync(
        PartnersDbContext db, CurrentUserAccessor caller, CancellationToken cancellationToken,
        CoAccompanimentStatus? status = null, Guid? episodeId = null, Guid? beneficiaryId = null, string? cursor = null, int limit = ListCursor.DefaultLimit)
    {
        var before = ListCursor.DecodeInstant(cursor);
        if (ListCursor.Check(limit, cursor, before is not null) is { } invalid) return invalid;
        var query = Visible(db.CoAccompaniments.AsNoTracking(), caller.User);
        if (status is { } s) query = query.Where(c => c.Status == s);
        if (episodeId is { } e) query = query.Where(c => c.EpisodeId == e);
        if (beneficiaryId is { } b) query = query.Where(c => c.BeneficiaryId == b);
        if (before is (var at, var id)) query = query.Where(c => c.CreatedAt < at || (c.CreatedAt == at && c.Id.CompareTo(id) < 0));
        var rows = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return TypedResults.Ok(ListCursor.PageOf(rows, limit, CoAccompanimentResponse.From, c => ListCursor.Encode(c.CreatedAt, c.Id)));
    }

    private static async Task<Results<Ok<CoAccompanimentResponse>, ProblemHttpResult>> GetAsync(Guid id,
        PartnersDbContext db, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        var found = await Visible(db.CoAccompaniments.AsNoTracking(), caller.User).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return found is null ? NotFound.Problem("co-accompaniment") : TypedResults.Ok(CoAccompanimentResponse.From(found));
    }

    private static async Task<Results<Ok<CoAccompanimentResponse>, ProblemHttpResult, ValidationProblem>> EndAsync(Guid id, EndCoAccompanimentRequest request,
        PartnersDbContext db, IOutbox outbox, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (!CoAccompanimentEndReasons.ByOrganisme.Contains(request.Reason!))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [$"One of {string.Join(", ", CoAccompanimentEndReasons.ByOrganisme)}."] });
        if (!user.IsOrganisme()) return NotFound.Problem("co-accompaniment");
        var ended = await db.InTransactionAsync(async () =>
        {
            var episodeId = await db.CoAccompaniments.AsNoTracking().Where(c => c.Id == id && c.OrganismeId == user.Organisation)
                .Select(c => (Guid?)c.EpisodeId).SingleOrDefaultAsync(cancellationToken);
            if (episodeId is null) return null;
            await db.LockEpisodeAsync(episodeId.Value, cancellationToken);
            var coAccompaniment = await db.CoAccompaniments.SingleAsync(c => c.Id == id, cancellationToken);
            var now = clock.GetUtcNow();
            var before = CoAccompanimentResponse.From(coAccompaniment);
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            coAccompaniment.End(request.EndedOn ?? today, request.Reason!, today, now);
            var after = CoAccompanimentResponse.From(coAccompaniment);
            audit.Record("co-accompaniment.ended", nameof(CoAccompaniment), coAccompaniment.Id, coAccompaniment.StructureId, before, after);
            outbox.Enqueue(CoAccompanimentEvents.Ended(coAccompaniment, now), coAccompaniment.Id.ToString());
            return after;
        }, cancellationToken);
        return ended is null ? NotFound.Problem("co-accompaniment") : TypedResults.Ok(ended);
    }

    /// <summary>A partner sees those where it is the partner, an organisme those of its episodes; nobody else any.</summary>
    private static IQueryable<CoAccompaniment> Visible(IQueryable<CoAccompaniment> all, CurrentUser user)
    {
        if (user.IsPartner()) { var structure = user.ActingStructure() ?? Guid.Empty; return all.Where(c => c.StructureId == structure); }
        if (user.IsOrganisme()) return all.Where(c => c.OrganismeId == user.Organisation);
        return all.Where(_ => false);
    }
}
