using System.Globalization;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// A territory's shared calendar: its events and the Partners sessions Scheduling knows, merged in time order, with
/// seats, seats left and waitlist length, one page at a time.
/// </summary>
public static class SharedCalendarViewApi
{
    public static IEndpointRouteBuilder MapSharedCalendarViewApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scheduling/calendar", ListAsync).WithTags("Calendrier partagé")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .WithSummary("The shared calendar of one of the caller's territories: calendar events and Partners sessions in time order.")
            .WithDescription("Any professional of the territory (référent, manager, partner, pilot). territory (required, one of the token's, else 404), "
                + "theme (§3.15), from and to (ISO 8601 instants; to after from, else 400), cursor and limit (1–100, default 20). Each item has "
                + "its kind, organiser, seats, seats left and waitlist length (null for a Partners session: its waitlist is Partners'). "
                + "No person is listed.")
            .WithResponseExample(StatusCodes.Status200OK, SharedCalendarExamples.Page)
            .Produces<CalendarPage>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<CalendarPage>, ValidationProblem, ProblemHttpResult>> ListAsync(
        string? territory, string? theme, string? from, string? to, string? cursor, int? limit, SchedulingDbContext db, CurrentUserAccessor caller,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(territory)) errors["territory"] = ["One of your territories, e.g. 75."];
        if (theme is not null && !CalendarThemes.Codes.Contains(theme)) errors["theme"] = ["A theme of §3.15, e.g. MOBILITE."];
        var since = ParseInstant(from, "from", errors) ?? clock.GetUtcNow().AddDays(-1);
        var until = ParseInstant(to, "to", errors);
        if (until is { } u && u <= since && !errors.ContainsKey("from")) errors["to"] = ["to comes after from."];
        var size = limit ?? 20;
        if (size is < 1 or > 100) errors["limit"] = ["Between 1 and 100."];
        (DateTimeOffset Start, Guid Id)? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (Position(cursor) is { } position) after = position;
            else errors["cursor"] = ["Not a cursor of this list."];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (!SharedCalendarScope.IsProfessionalOf(caller.User, territory!)) return SharedCalendarApi.NoTerritory();

        var events = db.Set<SharedEvent>().AsNoTracking().Where(e => e.Territory == territory && e.Start >= since && (theme == null || e.Theme == theme));
        var sessions = db.Sessions.AsNoTracking().Where(s => s.Territory == territory && s.Start >= since && (theme == null || s.Theme == theme)
            && s.DescribedAt > DateTimeOffset.MinValue);
        if (until is { } end)
        {
            events = events.Where(e => e.Start < end);
            sessions = sessions.Where(s => s.Start < end);
        }
        if (after is { } a)
        {
            events = events.Where(e => e.Start > a.Start || (e.Start == a.Start && e.Id.CompareTo(a.Id) > 0));
            sessions = sessions.Where(s => s.Start > a.Start || (s.Start == a.Start && s.SessionId.CompareTo(a.Id) > 0));
        }
        var pageEvents = await events.OrderBy(e => e.Start).ThenBy(e => e.Id).Take(size + 1).ToListAsync(cancellationToken);
        var pageSessions = await sessions.OrderBy(s => s.Start).ThenBy(s => s.SessionId).Take(size + 1).ToListAsync(cancellationToken);
        var ids = pageEvents.Select(e => e.Id).ToList();
        var waitlists = await db.Set<EventBooking>().AsNoTracking().Where(b => ids.Contains(b.EventId) && b.Status == EventBookingStatus.WAITLISTED)
            .GroupBy(b => b.EventId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var merged = pageEvents.Select(e => new CalendarItem(e.Id, "CALENDAR", e.Kind.ToString(), e.Title, e.EntryCode, e.Territory, e.Theme, e.Start, e.End,
                e.Location ?? e.VideoLink, e.OrganiserKind, e.OrganiserOrganisation, e.Capacity, e.SeatsTaken, e.SeatsLeft, waitlists.GetValueOrDefault(e.Id),
                e.Cancelled))
            .Concat(pageSessions.Select(s => new CalendarItem(s.SessionId, "PARTNERS", "PARTNER_SESSION", $"Séance {s.EntryCode}", s.EntryCode, s.Territory,
                s.Theme, s.Start, s.End, s.Location, PlatformRoles.KindPartner, s.StructureId.ToString(), s.Capacity, s.Capacity - s.SeatsLeft, s.SeatsLeft,
                null, s.Cancelled)))
            .OrderBy(i => i.Start).ThenBy(i => i.Id).ToList();
        var page = merged.Take(size).ToList();
        var next = merged.Count > size ? PageCursor.Encode($"{page[^1].Start.UtcTicks}|{page[^1].Id}") : null;
        return TypedResults.Ok(new CalendarPage(page, next));
    }

    private static DateTimeOffset? ParseInstant(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            return instant;
        errors[field] = ["An ISO 8601 instant, e.g. 2026-11-23T00:00:00Z."];
        return null;
    }

    private static (DateTimeOffset, Guid)? Position(string cursor)
    {
        var parts = PageCursor.Decode(cursor)?.Split('|');
        return parts is [var ticks, var id] && long.TryParse(ticks, out var t) && t >= 0 && t <= DateTimeOffset.MaxValue.UtcTicks && Guid.TryParse(id, out var g)
            ? (new DateTimeOffset(t, TimeSpan.Zero), g) : null;
    }
}
