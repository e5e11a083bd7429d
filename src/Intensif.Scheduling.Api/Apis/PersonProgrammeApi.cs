using Intensif.ServiceDefaults.Time;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// The person's own access to their programme, through their personal access link: anonymous, the token in the URL is
/// the credential. An unknown, revoked or expired token is 404, whichever it is. The person sees their own activities,
/// hours, entretiens and declarations; never a note, nor anyone else.
/// </summary>
public static class PersonProgrammeApi
{
    private const int RecentDeclarations = 50;

    public static IEndpointRouteBuilder MapPersonProgrammeApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/scheduling/me/{token}").WithTags("Accès de la personne").AllowAnonymous().AddEndpointFilter(NotKeptAsync);
        me.MapGet("/", ReadAsync)
            .WithSummary("The person's programme: this ISO week and the next, and their declarations. Anonymous: the URL is the secret.")
            .WithDescription("Each week (Europe/Paris) covered by the person's intensive episode: its activities with times, entry codes, places "
                + "and statuses, its entretiens, and the hours realised against the target. An unknown, revoked or expired link is 404.")
            .WithResponseExample(StatusCodes.Status200OK, PersonAccessExamples.Programme)
            .Produces<PersonProgrammeResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        me.MapGet("/weeks/{week}", ReadWeekAsync)
            .WithSummary("One ISO week (2026-W48) of the person's programme. Anonymous: the URL is the secret.")
            .WithDescription("400 for a malformed week; 404 for an unknown, revoked or expired link, or a week outside the person's episodes.")
            .WithResponseExample(StatusCodes.Status200OK, PersonAccessExamples.Week)
            .Produces<PersonWeek>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        me.MapPost("/declarations", DeclareAsync)
            .WithSummary("The person declares an autonomous activity they did, with a proof; it waits for the référent (PENDING).")
            .WithDescription("It counts once the référent validates it. 400: missing proof, entry code or dates, an end before the start, more than 35 h. "
                + "409 codes: declaration-in-the-future, not-in-intensive-episode (no open episode that day), week-closed. Anonymous: the URL is the secret.")
            .WithIdempotency().WithRequestExample(PersonAccessExamples.Declare)
            .WithResponseExample(StatusCodes.Status201Created, PersonAccessExamples.Pending)
            .Produces<DeclarationResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<PersonProgrammeResponse>, ProblemHttpResult>> ReadAsync(
        string token, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await LinkAsync(db, token, now, cancellationToken) is not { } link) return NoLink();
        var episodes = await EpisodesAsync(db, link, cancellationToken);
        var weeks = new List<PersonWeek>();
        foreach (var week in new[] { IsoWeek.Of(now), IsoWeek.Of(now.AddDays(7)) })
            if (ProgrammeScope.Covering(episodes, week) is { } episode) weeks.Add(await WeekAsync(db, link, episode, week, cancellationToken));
        var declarations = await db.Set<BeneficiaryDeclaration>().AsNoTracking()
            .Where(d => d.BeneficiaryId == link.BeneficiaryId && d.OrganismeId == link.OrganismeId)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(RecentDeclarations).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PersonProgrammeResponse(DateOnly.FromDateTime(ParisTime.ToParis(now)), weeks,
            declarations.Select(DeclarationResponse.From).ToList()));
    }

    private static async Task<Results<Ok<PersonWeek>, ValidationProblem, ProblemHttpResult>> ReadWeekAsync(
        string token, string week, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await LinkAsync(db, token, clock.GetUtcNow(), cancellationToken) is not { } link) return NoLink();
        if (!IsoWeek.TryParse(week, out var isoWeek))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["week"] = ["An ISO week written yyyy-Www that exists, e.g. 2026-W48."] });
        if (ProgrammeScope.Covering(await EpisodesAsync(db, link, cancellationToken), isoWeek) is not { } episode)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No programme that week.");
        return TypedResults.Ok(await WeekAsync(db, link, episode, isoWeek, cancellationToken));
    }

    private static async Task<Results<Created<DeclarationResponse>, ProblemHttpResult>> DeclareAsync(
        string token, DeclareActivityRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await LinkAsync(db, token, now, cancellationToken) is not { } link) return NoLink();
        var (start, end) = (request.Start!.Value, request.End!.Value);
        var day = DateOnly.FromDateTime(ParisTime.ToParis(start));
        var episode = (await EpisodesAsync(db, link, cancellationToken)).FirstOrDefault(e => e.IsOpen && e.IsActiveOn(day));
        var weekClosed = await ProgrammeScope.IsClosedAsync(db, link.BeneficiaryId, IsoWeek.Of(start).ToString(), cancellationToken);
        var declaration = BeneficiaryDeclaration.Declare(episode, weekClosed, link.Id, request.EntryCode!, start, end, request.ProofReference!,
            request.Comment, now);
        db.Set<BeneficiaryDeclaration>().Add(declaration);
        var answer = DeclarationResponse.From(declaration);
        PersonAuditTrail.Record(db, link, "declaration.submitted", "BeneficiaryDeclaration", declaration.Id, answer, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created((string?)null, answer);
    }

    /// <summary>The valid link of <paramref name="token"/>, or null (unknown, revoked and expired look alike).</summary>
    private static async Task<PersonAccessLink?> LinkAsync(SchedulingDbContext db, string token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > 128) return null;
        var hash = PersonAccessLink.Hash(token);
        var link = await db.Set<PersonAccessLink>().AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        return link is not null && link.IsValidAt(now) ? link : null;
    }

    /// <summary>The person's episodes in the link's organisme, latest first.</summary>
    private static async Task<List<IntensiveEpisode>> EpisodesAsync(SchedulingDbContext db, PersonAccessLink link, CancellationToken cancellationToken) =>
        (await db.Episodes.AsNoTracking().Where(e => e.BeneficiaryId == link.BeneficiaryId && e.OrganismeId == link.OrganismeId && e.ReferentId != "")
            .ToListAsync(cancellationToken))
        .OrderByDescending(e => e.StartDate).ToList();

    private static async Task<PersonWeek> WeekAsync(SchedulingDbContext db, PersonAccessLink link, IntensiveEpisode episode, IsoWeek week,
        CancellationToken cancellationToken)
    {
        var name = week.ToString();
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => a.BeneficiaryId == link.BeneficiaryId && a.OrganismeId == link.OrganismeId && a.Week == name)
            .OrderBy(a => a.PlannedStart).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var sessions = assignments.Where(a => a.SessionId is not null).Select(a => a.SessionId!.Value).ToList();
        var places = await db.Sessions.AsNoTracking().Where(s => sessions.Contains(s.SessionId))
            .ToDictionaryAsync(s => s.SessionId, s => s.Location, cancellationToken);
        var (from, to) = (week.Start, week.End);
        var interviews = await db.Interviews.AsNoTracking()
            .Where(i => i.BeneficiaryId == link.BeneficiaryId && i.OrganismeId == link.OrganismeId && i.ScheduledAt >= from && i.ScheduledAt < to)
            .OrderBy(i => i.ScheduledAt).ToListAsync(cancellationToken);
        var closure = await db.WeekClosures.AsNoTracking()
            .SingleOrDefaultAsync(w => w.BeneficiaryId == link.BeneficiaryId && w.Week == name, cancellationToken);
        var ledger = WeeklyLedger.Compute(closure?.TargetHours ?? episode.TargetWeeklyHours, assignments.Select(LedgerLine.From));
        return new PersonWeek(name, week.Start, week.End, closure is null ? "OPEN" : "CLOSED", closure?.TargetHours ?? ledger.TargetHours,
            closure?.PlannedHours ?? ledger.PlannedHours, closure?.RealisedHours ?? ledger.RealisedHours,
            assignments.Select(a => new PersonActivity(a.Id, a.Kind.ToString(), a.EntryCode, a.PlannedStart, a.PlannedEnd,
                a.SessionId is { } s ? places.GetValueOrDefault(s) : null, a.Status.ToString(), a.PlannedHours, a.RealisedHours, a.DeclaredBy?.ToString())).ToList(),
            interviews.Select(i => new PersonInterview(i.ScheduledAt, i.DurationMinutes, i.Type.ToString(), i.Channel.ToString(), i.Status.ToString())).ToList());
    }

    /// <summary>A person's data behind a secret URL: no cache keeps it, no page it links to learns the URL.</summary>
    private static async ValueTask<object?> NotKeptAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        context.HttpContext.Response.Headers["Referrer-Policy"] = "no-referrer";
        return await next(context);
    }

    private static ProblemHttpResult NoLink() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such link, or it is no longer valid.");
}
