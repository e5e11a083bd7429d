using Intensif.ServiceDefaults.Time;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Intensif.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// Seats of the shared calendar: a référent of any organisme of the territory books a person they follow into a
/// collective session, a professional registers to a coordination meeting; a full event puts them on its waitlist.
/// Every change of seats runs under the event's row lock (<see cref="SharedEventLock"/>).
/// </summary>
public static class SharedCalendarBookingsApi
{
    public static IEndpointRouteBuilder MapSharedCalendarBookingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/scheduling/calendar").WithTags("Calendrier partagé")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .AddEndpointFilter(CatalogueRefusalFilter.InvokeAsync);
        api.MapPost("/events/{id:guid}/bookings", BookAsync).RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent))
            .WithSummary("A référent of any organisme of the territory books a person they follow into a collective session; WAITLISTED when it is full.")
            .WithDescription("With a seat left: the assignment is created in the person's programme as any session assignment (valued by the "
                + "catalogue, AssignmentBooked published) and the booking is BOOKED. Full: WAITLISTED, no assignment until a seat frees (served "
                + "by waitlisted time and valued again then; a person whose programme then conflicts is passed over with the reason). 409 codes: "
                + "not-a-collective-session, event-cancelled, event-started, already-booked, programme-conflict, not-in-intensive-episode, week-closed.")
            .WithIdempotency().WithRequestExample(SharedCalendarExamples.Book)
            .WithResponseExample(StatusCodes.Status201Created, SharedCalendarExamples.Booked)
            .Produces<EventBookingResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/bookings/{bookingId:guid}/cancel", CancelBookingAsync)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent, PlatformRoles.Manager))
            .WithSummary("The person's référent (or a manager of the organisme that booked) cancels a booking; its seat goes to the waitlist.")
            .WithDescription("A booked seat's assignment becomes CANCELLED (409 attendance-already-recorded once its attendance is recorded); the "
                + "freed seat is served to the head of the waitlist in the same transaction, the promoted person valued by the catalogue then "
                + "(503 catalogue-unavailable: nothing changed, retry). 409 booking-closed.")
            .WithResponseExample(StatusCodes.Status200OK, SharedCalendarExamples.Booked with { Status = EventBookingStatus.CANCELLED })
            .Produces<EventBookingResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/events/{id:guid}/participants", RegisterAsync)
            .WithSummary("A professional of the territory (référent, manager, partner) registers to a coordination meeting; WAITLISTED when it is full.")
            .WithDescription("409 not-a-coordination-event, already-registered, event-cancelled, event-started. A pilot gets 403.")
            .WithIdempotency().WithResponseExample(StatusCodes.Status201Created, SharedCalendarExamples.Participant)
            .Produces<EventBookingResponse>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/events/{id:guid}/participants", WithdrawAsync)
            .WithSummary("The professional withdraws from a coordination meeting; their seat goes to the waitlist.")
            .WithDescription("404 when the caller is not registered to it.")
            .WithResponseExample(StatusCodes.Status200OK, SharedCalendarExamples.Participant with { Status = EventBookingStatus.CANCELLED })
            .Produces<EventBookingResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<EventBookingResponse>, ProblemHttpResult>> BookAsync(
        Guid id, EventBookingRequest request, SchedulingDbContext db, AuditTrail audit, ProgrammeBooking programmes, CurrentUserAccessor caller,
        TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var (user, now, beneficiaryId) = (caller.User, clock.GetUtcNow(), request.BeneficiaryId!.Value);
        if (user.OrganisationKind != PlatformRoles.KindOrganisme || await SharedCalendarScope.VisibleAsync(db, id, user, cancellationToken) is not { } e)
            return SharedCalendarApi.NoEvent();
        if (e.Kind != SharedEventKind.COLLECTIVE_SESSION)
            throw new RuleViolationException("not-a-collective-session", "People are booked into collective sessions; professionals register to meetings.");
        e.EnsureOpenForBooking(now);
        var episodes = await ProgrammeScope.FollowedEpisodesAsync(db, beneficiaryId, user, cancellationToken);
        if (episodes.Count == 0) return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such person among those you follow.");
        var day = DateOnly.FromDateTime(ParisTime.ToParis(e.Start));
        var episode = episodes.FirstOrDefault(x => x.IsActiveOn(day))
            ?? throw new RuleViolationException("not-in-intensive-episode", $"The person is not in an intensive episode you follow on {day:yyyy-MM-dd}.");
        var week = IsoWeek.Of(e.Start).ToString();
        if (await ProgrammeScope.IsClosedAsync(db, beneficiaryId, week, cancellationToken))
            throw new RuleViolationException("week-closed", $"Week {week} is closed.");

        // valued now with the booking référent's token (their organisme's valuation); a promotion from the waitlist is valued again then
        var slot = SharedCalendarSeats.Slot(e, episode);
        var programme = await programmes.CheckAsync(slot, e.Id, cancellationToken);
        var valued = await programmes.ValueAsync(slot, programme, e.EntryCode!, null, ProgrammeScope.BearerToken(http), cancellationToken);

        EventBooking booking = null!;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var locked = (await db.LockEventAsync(id, cancellationToken))!;
            locked.EnsureOpenForBooking(now);
            if (await db.Set<EventBooking>().AnyAsync(b => b.EventId == id && b.BeneficiaryId == beneficiaryId
                    && (b.Status == EventBookingStatus.BOOKED || b.Status == EventBookingStatus.WAITLISTED), cancellationToken))
                throw new RuleViolationException("already-booked", "The person already holds or awaits a seat in this session.");
            await programmes.LockAndCheckAsync(beneficiaryId, locked.Id, locked.Start, locked.End, cancellationToken);
            booking = EventBooking.ForPerson(id, beneficiaryId, episode.EpisodeId, user.Organisation, user.Subject, valued.Hours, valued.Supervision, now);
            db.Add(booking);
            Waitlist.Admit(locked, booking, () => SharedCalendarSeats.Place(programmes, locked, booking, episode, now).Id, now);
            audit.Record(booking.Status == EventBookingStatus.BOOKED ? "calendar.booking.booked" : "calendar.booking.waitlisted", "EventBooking", booking.Id,
                beneficiaryId, EventBookingResponse.From(booking));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return TypedResults.Created($"/api/scheduling/calendar/events/{id}", EventBookingResponse.From(booking));
    }

    private static async Task<Results<Ok<EventBookingResponse>, ProblemHttpResult>> CancelBookingAsync(
        Guid bookingId, SchedulingDbContext db, AuditTrail audit, ProgrammeBooking programmes, CurrentUserAccessor caller, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        var (user, now) = (caller.User, clock.GetUtcNow());
        var found = await db.Set<EventBooking>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId && b.BeneficiaryId != null
            && b.OrganisationId == user.Organisation, cancellationToken);
        if (found is null || (await ProgrammeScope.ReadableEpisodesAsync(db, found.BeneficiaryId!.Value, user, cancellationToken)).Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such booking among those of the people you follow.");
        EventBooking booking = null!;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var locked = (await db.LockEventAsync(found.EventId, cancellationToken))!;
            booking = await db.Set<EventBooking>().SingleAsync(b => b.Id == bookingId, cancellationToken);
            await ProgrammeScope.LockAsync(db, booking.BeneficiaryId!.Value, cancellationToken);
            var assignment = booking.AssignmentId is { } assignmentId ? await db.Assignments.SingleOrDefaultAsync(a => a.Id == assignmentId, cancellationToken) : null;
            if (assignment is not null && assignment.Status is AssignmentStatus.DONE or AssignmentStatus.ABSENT_JUSTIFIED or AssignmentStatus.ABSENT_UNJUSTIFIED)
                throw new RuleViolationException("attendance-already-recorded", "The attendance of this seat is recorded; it can no longer be cancelled.");
            if (booking.Cancel(now)) locked.FreeSeat();
            if (assignment is not null && assignment.Withdraw(now))
                audit.Record("assignment.cancelled", "Assignment", assignment.Id, assignment.BeneficiaryId, AssignmentResponse.From(assignment));
            audit.Record("calendar.booking.cancelled", "EventBooking", booking.Id, booking.BeneficiaryId!.Value, EventBookingResponse.From(booking));
            await SharedCalendarSeats.ServeWaitlistAsync(db, programmes, audit, locked, ProgrammeScope.BearerToken(http), now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return TypedResults.Ok(EventBookingResponse.From(booking));
    }

    private static async Task<Results<Created<EventBookingResponse>, ProblemHttpResult>> RegisterAsync(
        Guid id, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (user, now) = (caller.User, clock.GetUtcNow());
        if (await SharedCalendarScope.VisibleAsync(db, id, user, cancellationToken) is not { } e) return SharedCalendarApi.NoEvent();
        if (!SharedCalendarScope.MayOrganise(user))
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Référents, managers and partners take part in coordination meetings.");
        if (e.Kind != SharedEventKind.COORDINATION)
            throw new RuleViolationException("not-a-coordination-event", "Professionals register to coordination meetings; people are booked into sessions.");
        EventBooking booking = null!;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var locked = (await db.LockEventAsync(id, cancellationToken))!;
            locked.EnsureOpenForBooking(now);
            if (await OwnRegistration(db, id, user).AnyAsync(cancellationToken))
                throw new RuleViolationException("already-registered", "You are already registered to (or waiting for) this meeting.");
            booking = EventBooking.ForParticipant(id, user.Subject, user.Organisation, now);
            db.Add(booking);
            Waitlist.Admit(locked, booking, () => null, now);
            audit.Record(booking.Status == EventBookingStatus.BOOKED ? "calendar.participant.registered" : "calendar.participant.waitlisted",
                "EventBooking", booking.Id, Guid.Empty, EventBookingResponse.From(booking));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return TypedResults.Created($"/api/scheduling/calendar/events/{id}", EventBookingResponse.From(booking));
    }

    private static async Task<Results<Ok<EventBookingResponse>, ProblemHttpResult>> WithdrawAsync(
        Guid id, SchedulingDbContext db, AuditTrail audit, ProgrammeBooking programmes, CurrentUserAccessor caller, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var (user, now) = (caller.User, clock.GetUtcNow());
        if (await SharedCalendarScope.VisibleAsync(db, id, user, cancellationToken) is null) return SharedCalendarApi.NoEvent();
        EventBooking? booking = null;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var locked = (await db.LockEventAsync(id, cancellationToken))!;
            booking = await OwnRegistration(db, id, user).SingleOrDefaultAsync(cancellationToken);
            if (booking is null) return;
            if (booking.Cancel(now)) locked.FreeSeat();
            audit.Record("calendar.participant.withdrew", "EventBooking", booking.Id, Guid.Empty, EventBookingResponse.From(booking));
            await SharedCalendarSeats.ServeWaitlistAsync(db, programmes, audit, locked, ProgrammeScope.BearerToken(http), now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return booking is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You are not registered to this meeting.")
            : TypedResults.Ok(EventBookingResponse.From(booking));
    }

    private static IQueryable<EventBooking> OwnRegistration(SchedulingDbContext db, Guid id, CurrentUser user) =>
        db.Set<EventBooking>().Where(b => b.EventId == id && b.ParticipantId == user.Subject && b.OrganisationId == user.Organisation
            && (b.Status == EventBookingStatus.BOOKED || b.Status == EventBookingStatus.WAITLISTED));
}
