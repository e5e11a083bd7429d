using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// The shared calendar's events (issue 6, item 4): collective sessions and coordination meetings of a territory,
/// created by a référent or manager of an organisme or by a partner, seen by every professional of the territory.
/// </summary>
public static class SharedCalendarApi
{
    public static IEndpointRouteBuilder MapSharedCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/scheduling/calendar/events").WithTags("Calendrier partagé")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapPost("/", CreateAsync)
            .WithSummary("A référent or manager of an organisme, or a partner, creates a collective session or a coordination meeting in one of their territories.")
            .WithDescription("COLLECTIVE_SESSION: a session of a catalogue entry (entryCode) with a capacity, that référents of any organisme book "
                + "the people they follow into. COORDINATION: a meeting between professionals (synthèse, comité de suivi, réunion partenariale), "
                + "optional capacity of participants. A territory not in the token answers 404; a pilot or operator 403. Audited.")
            .WithIdempotency().WithRequestExample(SharedCalendarExamples.CreateSession)
            .WithResponseExample(StatusCodes.Status201Created, SharedCalendarExamples.Session)
            .Produces<CalendarEventResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}", GetAsync)
            .WithSummary("One event: seats, seats left, waitlist length, and the bookings the caller may see.")
            .WithDescription("Every professional of the event's territory. An organisme sees its own bookings only (another organisme's people are "
                + "counted, never listed); a partner organising it sees all of them (its attendance sheet). Its sequence is the ETag.")
            .WithETag().WithResponseExample(StatusCodes.Status200OK, SharedCalendarExamples.Session)
            .Produces<CalendarEventResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{id:guid}", UpdateAsync)
            .WithSummary("The organiser changes the event (title, theme, times, place, capacity); booked assignments follow the new times.")
            .WithDescription("If-Match on the event's sequence (412 stale-etag). 409 capacity-below-seats-taken, event-cancelled. A larger capacity "
                + "serves the waitlist in order, each promoted person valued by the catalogue then (503 catalogue-unavailable: nothing changed, "
                + "retry). Kind, territory and entry code never change.")
            .AddEndpointFilter(CatalogueRefusalFilter.InvokeAsync).WithIfMatch().WithRequestExample(SharedCalendarExamples.CreateSession).WithResponseExample(StatusCodes.Status200OK, SharedCalendarExamples.Session)
            .Produces<CalendarEventResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/{id:guid}/cancel", CancelAsync)
            .WithSummary("The organiser cancels the event: every booking becomes CANCELLED_BY_PROVIDER and so do the assignments it created.")
            .WithDescription("Feeds show it as STATUS:CANCELLED with its SEQUENCE raised. If-Match on the sequence. 409 event-cancelled (already).")
            .WithIfMatch().WithResponseExample(StatusCodes.Status200OK, SharedCalendarExamples.Session with { Cancelled = true, Sequence = 1, SeatsTaken = 0, SeatsLeft = 12 })
            .Produces<CalendarEventResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return app;
    }

    private static async Task<Results<Created<CalendarEventResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CalendarEventRequest request, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (!SharedCalendarScope.MayOrganise(user))
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only référents, managers of an organisme and partners organise events.");
        if (!user.Territories.Contains(request.Territory!)) return NoTerritory();
        var created = SharedEvent.Create(request.Kind!.Value, user.Organisation, user.OrganisationKind, user.Subject, request.Territory!, request.Theme,
            request.EntryCode, request.Title!, request.Start!.Value, request.End!.Value, request.Location, request.VideoLink, request.Capacity, clock.GetUtcNow());
        db.Add(created);
        var view = CalendarEventResponse.From(created, 0, []);
        audit.Record("calendar.event.created", "SharedEvent", created.Id, Guid.Empty, view);
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(created.Sequence);
        return TypedResults.Created($"/api/scheduling/calendar/events/{created.Id}", view);
    }

    private static async Task<Results<Ok<CalendarEventResponse>, ProblemHttpResult>> GetAsync(
        Guid id, SchedulingDbContext db, CurrentUserAccessor caller, HttpContext http, CancellationToken cancellationToken)
    {
        if (await SharedCalendarScope.VisibleAsync(db, id, caller.User, cancellationToken) is not { } found) return NoEvent();
        http.SetETag(found.Sequence);
        return TypedResults.Ok(await SharedCalendarScope.ViewAsync(db, found, caller.User, cancellationToken));
    }

    private static async Task<Results<Ok<CalendarEventResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, CalendarEventRequest request, SchedulingDbContext db, AuditTrail audit, ProgrammeBooking programmes, CurrentUserAccessor caller,
        TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var now = clock.GetUtcNow();
        SharedEvent? changed = null;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            changed = await db.LockEventAsync(id, cancellationToken);
            if (changed is null || !SharedCalendarScope.Organises(user, changed)) { changed = null; return; }
            http.CheckIfMatch(changed.Sequence);
            changed.Update(request.Theme, request.Title!, request.Start!.Value, request.End!.Value, request.Location, request.VideoLink, request.Capacity, now);
            var booked = await db.Set<EventBooking>().Where(b => b.EventId == id && b.Status == EventBookingStatus.BOOKED && b.AssignmentId != null)
                .Select(b => b.AssignmentId!.Value).ToListAsync(cancellationToken);
            foreach (var assignment in await db.Assignments.Where(a => booked.Contains(a.Id)).ToListAsync(cancellationToken))
                assignment.FollowSession(changed.Start, changed.End, now);
            await SharedCalendarSeats.ServeWaitlistAsync(db, programmes, audit, changed, ProgrammeScope.BearerToken(http), now, cancellationToken);
            audit.Record("calendar.event.updated", "SharedEvent", changed.Id, Guid.Empty, CalendarEventResponse.From(changed, 0, []));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        if (changed is null) return NoEvent();
        http.SetETag(changed.Sequence);
        return TypedResults.Ok(await SharedCalendarScope.ViewAsync(db, changed, user, cancellationToken));
    }

    private static async Task<Results<Ok<CalendarEventResponse>, ProblemHttpResult>> CancelAsync(
        Guid id, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var now = clock.GetUtcNow();
        SharedEvent? cancelled = null;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            cancelled = await db.LockEventAsync(id, cancellationToken);
            if (cancelled is null || !SharedCalendarScope.Organises(user, cancelled)) { cancelled = null; return; }
            http.CheckIfMatch(cancelled.Sequence);
            cancelled.Cancel(now);
            var open = await db.Set<EventBooking>().Where(b => b.EventId == id
                && (b.Status == EventBookingStatus.BOOKED || b.Status == EventBookingStatus.WAITLISTED)).ToListAsync(cancellationToken);
            var assignmentIds = open.Where(b => b.AssignmentId is not null).Select(b => b.AssignmentId!.Value).ToList();
            foreach (var booking in open) booking.CancelByProvider(now);
            foreach (var assignment in await db.Assignments.Where(a => assignmentIds.Contains(a.Id)).ToListAsync(cancellationToken))
                assignment.CancelByProvider(now);
            audit.Record("calendar.event.cancelled", "SharedEvent", cancelled.Id, Guid.Empty, CalendarEventResponse.From(cancelled, 0, []));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        if (cancelled is null) return NoEvent();
        http.SetETag(cancelled.Sequence);
        return TypedResults.Ok(await SharedCalendarScope.ViewAsync(db, cancelled, user, cancellationToken));
    }

    internal static ProblemHttpResult NoEvent() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such event in the shared calendar of your territories.");

    internal static ProblemHttpResult NoTerritory() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such territory among yours.");
}
