using Intensif.ServiceDefaults.Time;
using Intensif.IntegrationEvents;
using Intensif.Messaging;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Intensif.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>A person's weekly programme (domain reference §3.11): planning activities, the week's hours ledger, closing it.</summary>
public static class ProgrammesApi
{
    public static IEndpointRouteBuilder MapProgrammesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/scheduling/programmes/{beneficiaryId:guid}").WithTags("Programme hebdomadaire")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .AddEndpointFilter(CatalogueRefusalFilter.InvokeAsync);
        api.MapPost("/assignments", PlanAsync).RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent))
            .WithSummary("The référent puts a partner's session or an autonomous activity in the programme of a person they follow.")
            .WithDescription("Planned hours are the catalogue's valuation of one occurrence (POST /api/catalogue/valuations, with the caps of "
                + "what the week already holds for that entry). 409 codes: not-in-intensive-episode, already-booked, programme-conflict, "
                + "session-cancelled, session-started, week-closed, seat-not-held (booking a Partners session needs an accepted referral: "
                + "POST /api/partners/referrals; proposing it, booked: false, does not). Publishes AssignmentBooked when booked.")
            .WithIdempotency().WithRequestExample(ApiExamples.BookSession).WithResponseExample(StatusCodes.Status201Created, ApiExamples.Booked)
            .Produces<AssignmentResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/weeks/{week}", GetWeekAsync)
            .WithSummary("One ISO week (2026-W48, Europe/Paris) of the person's programme and its hours ledger.")
            .WithDescription("The person's référent or a manager of their organisme. Realised against target, accompanied share (SR-05), "
                + "gap and its reason, overlapping slots counted once and a warning above 35 h (SR-04). A closed week shows its frozen figures.")
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.ClosedWeek)
            .Produces<WeekProgrammeResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/weeks/{week}/close", CloseWeekAsync).RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent))
            .WithSummary("The référent closes the week: its ledger is frozen and WeekClosed is published.")
            .WithDescription("409 codes: week-closed (already), week-not-started, gap-reason-required (below target with no reason stated "
                + "nor given by a provider cancellation or an absence). Nothing changes in a closed week afterwards.")
            .WithRequestExample(ApiExamples.Close).WithResponseExample(StatusCodes.Status200OK, ApiExamples.ClosedWeek)
            .Produces<WeekProgrammeResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Created<AssignmentResponse>, ProblemHttpResult>> PlanAsync(
        Guid beneficiaryId, PlanAssignmentRequest request, SchedulingDbContext db, ProgrammeBooking programmes, CurrentUserAccessor caller,
        TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var now = clock.GetUtcNow();
        var episodes = await ProgrammeScope.FollowedEpisodesAsync(db, beneficiaryId, user, cancellationToken);
        if (episodes.Count == 0) return NoProgramme();

        PartnerSessionCopy? session = null;
        if (request.SessionId is { } sessionId)
        {
            session = await db.Sessions.SingleOrDefaultAsync(s => s.SessionId == sessionId && s.DescribedAt > DateTimeOffset.MinValue, cancellationToken);
            if (session is null) return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such partner session.");
            if (session.Cancelled) throw new RuleViolationException("session-cancelled", "The partner cancelled this session.");
            if (session.Start <= now) throw new RuleViolationException("session-started", "The session has begun; it can no longer be booked.");
        }
        var (start, end) = session is null ? (request.PlannedStart!.Value, request.PlannedEnd!.Value) : (session.Start, session.End);
        var week = IsoWeek.Of(start);
        var day = DateOnly.FromDateTime(ParisTime.ToParis(start));
        var episode = episodes.FirstOrDefault(e => e.IsActiveOn(day))
            ?? throw new RuleViolationException("not-in-intensive-episode", $"The person is not in an intensive episode you follow on {day:yyyy-MM-dd}.");
        if (await ProgrammeScope.IsClosedAsync(db, beneficiaryId, week.ToString(), cancellationToken))
            throw new RuleViolationException("week-closed", $"Week {week} is closed.");

        var slot = new ProgrammeSlot(user.Organisation, user.Subject, beneficiaryId, episode.EpisodeId, episode.Territory, start, end);
        var programme = await programmes.CheckAsync(slot, session?.SessionId, cancellationToken);

        var booked = request.Booked ?? true;
        // a Partners session's seat is Partners': booked only with an accepted referral (docs/scheduling.md, "Shared calendar")
        if (session is not null && booked) await PartnerSeats.EnsureHeldAsync(db, beneficiaryId, session.SessionId, cancellationToken);
        var entryCode = (session?.EntryCode ?? request.EntryCode!).Trim().ToUpperInvariant();
        var valued = await programmes.ValueAsync(slot, programme, entryCode, request.Units, ProgrammeScope.BearerToken(http), cancellationToken);

        var assignment = Assignment.Plan(slot, new PlannedActivity(entryCode, session?.SessionId, session?.StructureId, valued.Hours, valued.Supervision),
            booked, now);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await programmes.LockAndCheckAsync(beneficiaryId, session?.SessionId, start, end, cancellationToken);
            if (session is not null && booked)
            {
                var seat = await PartnerSeats.EnsureHeldAsync(db, beneficiaryId, session.SessionId, cancellationToken);
                assignment.HoldSeat(seat.ReferralId);
                seat.PlacedIn(assignment.Id);
            }
            programmes.Add(assignment, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return TypedResults.Created($"/api/scheduling/assignments/{assignment.Id}", AssignmentResponse.From(assignment));
    }

    private static async Task<Results<Ok<WeekProgrammeResponse>, ValidationProblem, ProblemHttpResult>> GetWeekAsync(
        Guid beneficiaryId, string week, SchedulingDbContext db, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        if (!IsoWeek.TryParse(week, out var isoWeek)) return InvalidWeek();
        var episodes = await ProgrammeScope.ReadableEpisodesAsync(db, beneficiaryId, caller.User, cancellationToken);
        if (ProgrammeScope.Covering(episodes, isoWeek) is not { } episode) return NoProgramme();
        return TypedResults.Ok(await WeekViewAsync(db, episode, isoWeek, cancellationToken));
    }

    private static async Task<Results<Ok<WeekProgrammeResponse>, ValidationProblem, ProblemHttpResult>> CloseWeekAsync(
        Guid beneficiaryId, string week, CloseWeekRequest request, SchedulingDbContext db, IOutbox outbox, AuditTrail audit,
        CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IsoWeek.TryParse(week, out var isoWeek)) return InvalidWeek();
        var user = caller.User;
        var episodes = await ProgrammeScope.FollowedEpisodesAsync(db, beneficiaryId, user, cancellationToken);
        if (ProgrammeScope.Covering(episodes, isoWeek) is not { } episode) return NoProgramme();
        if (await ProgrammeScope.IsClosedAsync(db, beneficiaryId, isoWeek.ToString(), cancellationToken))
            throw new RuleViolationException("week-closed", $"Week {isoWeek} is already closed.");

        var now = clock.GetUtcNow();
        var assignments = await WeekAssignmentsAsync(db, beneficiaryId, isoWeek, cancellationToken);
        var ledger = WeeklyLedger.Compute(episode.TargetWeeklyHours, assignments.Select(LedgerLine.From));
        var closure = WeekClosure.Close(episode, isoWeek, ledger, request.GapReason, request.Comment, user.Subject, now);
        db.WeekClosures.Add(closure);
        audit.Record("week.closed", "WeekClosure", closure.Id, beneficiaryId, closure);
        outbox.Enqueue(new WeekClosed(Guid.CreateVersion7(now), now, beneficiaryId, episode.EpisodeId, episode.OrganismeId, episode.Territory,
            closure.Week, isoWeek.Monday, closure.TargetHours, closure.PlannedHours, closure.RealisedHours, closure.AccompaniedHours,
            closure.AutonomousHours, closure.GapHours, closure.GapReason.ToString()), beneficiaryId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(View(isoWeek, beneficiaryId, ledger, closure, assignments));
    }

    internal static async Task<WeekProgrammeResponse> WeekViewAsync(SchedulingDbContext db, IntensiveEpisode episode, IsoWeek week, CancellationToken cancellationToken)
    {
        var assignments = await WeekAssignmentsAsync(db, episode.BeneficiaryId, week, cancellationToken);
        var closure = await db.WeekClosures.AsNoTracking()
            .SingleOrDefaultAsync(w => w.BeneficiaryId == episode.BeneficiaryId && w.Week == week.ToString(), cancellationToken);
        var ledger = WeeklyLedger.Compute(closure?.TargetHours ?? episode.TargetWeeklyHours, assignments.Select(LedgerLine.From));
        return View(week, episode.BeneficiaryId, ledger, closure, assignments);
    }

    internal static Task<List<Assignment>> WeekAssignmentsAsync(SchedulingDbContext db, Guid beneficiaryId, IsoWeek week, CancellationToken cancellationToken) =>
        db.Assignments.AsNoTracking().Where(a => a.BeneficiaryId == beneficiaryId && a.Week == week.ToString())
            .OrderBy(a => a.PlannedStart).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    private static WeekProgrammeResponse View(IsoWeek week, Guid beneficiaryId, WeeklyLedger ledger, WeekClosure? closure, List<Assignment> assignments)
    {
        var warnings = new List<string>();
        var (planned, realised, accompanied, autonomous, gap) = closure is null
            ? (ledger.PlannedHours, ledger.RealisedHours, ledger.AccompaniedHours, ledger.AutonomousHours, ledger.GapHours)
            : (closure.PlannedHours, closure.RealisedHours, closure.AccompaniedHours, closure.AutonomousHours, closure.GapHours);
        if (planned > WeeklyLedger.NormalWorkingWeekHours || realised > WeeklyLedger.NormalWorkingWeekHours) warnings.Add("above-35-hours");
        return new WeekProgrammeResponse(beneficiaryId, week.ToString(), week.Start, week.End, closure is null ? "OPEN" : "CLOSED",
            closure?.TargetHours ?? ledger.TargetHours, planned, realised, accompanied, autonomous,
            realised == 0 ? null : Math.Round(accompanied / realised, 4), gap,
            closure?.GapReason.ToString() ?? ledger.ObservedGapReason?.ToString(), closure?.Comment, closure?.ClosedAt,
            warnings, ledger.NotCountedOverlaps, assignments.Select(AssignmentResponse.From).ToList());
    }

    private static ValidationProblem InvalidWeek() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["week"] = ["An ISO week written yyyy-Www that exists, e.g. 2026-W48."] });

    private static ProblemHttpResult NoProgramme() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such person among those whose programme you can see.");
}
