using Intensif.ServiceDefaults.OpenApi;
using System.Globalization;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>The partners' dated sessions, as the Partners service publishes them, searchable with their entry.</summary>
public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/catalogue/sessions").WithTags("Sessions").RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .MapGet("/", SearchAsync)
            .WithSummary("Sessions on offer: dated sessions of catalogue entries published by partner structures.")
            .WithDescription("Filters: entryCode, territory (département), theme, from/to (instants; from defaults to now), freeSeats=true "
                + "for sessions with a seat left. Cancelled sessions are never listed. Ordered by start; limit 1–100 (default 20); "
                + "cursor from the previous page's nextCursor. Seats follow the partners' referral decisions.")
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.Sessions)
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Results<Ok<SessionsPage>, ValidationProblem>> SearchAsync(
        CatalogueDbContext db, TimeProvider clock, CancellationToken ct,
        string? entryCode = null, string? territory = null, string? theme = null, DateTimeOffset? from = null, DateTimeOffset? to = null,
        bool freeSeats = false, string? cursor = null, int limit = 20)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > 100) errors["limit"] = ["Between 1 and 100."];
        if (from is not null && to is not null && to < from) errors["to"] = ["Must not be before from."];
        if (string.IsNullOrEmpty(cursor)) cursor = null;   // "cursor=" is the first page
        var after = cursor is null ? null : DecodeCursor(cursor);
        if (cursor is not null && after is null) errors["cursor"] = ["Not a cursor of this search."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var since = (from ?? clock.GetUtcNow()).ToUniversalTime();
        var query = db.Sessions.AsNoTracking().Where(s => !s.Cancelled && s.EntryCode != "" && s.Start >= since);
        if (to is not null) { var until = to.Value.ToUniversalTime(); query = query.Where(s => s.Start <= until); }
        if (!string.IsNullOrWhiteSpace(entryCode)) { var code = entryCode.Trim().ToUpperInvariant(); query = query.Where(s => s.EntryCode == code); }
        if (!string.IsNullOrWhiteSpace(territory)) { var t = territory.Trim().ToUpperInvariant(); query = query.Where(s => s.Territory == t); }
        if (!string.IsNullOrWhiteSpace(theme)) { var th = theme.Trim(); query = query.Where(s => s.Theme == th); }
        if (freeSeats) query = query.Where(s => s.SeatsLeft > 0);
        if (after is { } a) query = query.Where(s => s.Start > a.Start || (s.Start == a.Start && s.SessionId.CompareTo(a.Id) > 0));

        var page = await query.OrderBy(s => s.Start).ThenBy(s => s.SessionId).Take(limit + 1).ToListAsync(ct);
        var codes = page.Select(s => s.EntryCode).Distinct().ToList();
        var labels = await db.Entries.AsNoTracking().Where(e => codes.Contains(e.Code)).ToDictionaryAsync(e => e.Code, e => e.Label, ct);
        var items = page.Take(limit).Select(s => SessionResponse.From(s, labels.GetValueOrDefault(s.EntryCode))).ToArray();
        var next = page.Count > limit ? EncodeCursor(items[^1].Start, items[^1].SessionId) : null;
        return TypedResults.Ok(new SessionsPage(items, next));
    }

    private static string EncodeCursor(DateTimeOffset start, Guid id) => PageCursor.Encode($"{start.UtcTicks}|{id}");

    private static (DateTimeOffset Start, Guid Id)? DecodeCursor(string cursor)
    {
        var parts = PageCursor.Decode(cursor)?.Split('|');
        return parts is [var ticks, var id] && long.TryParse(ticks, CultureInfo.InvariantCulture, out var utcTicks) && Guid.TryParse(id, out var sessionId)
            ? (new DateTimeOffset(utcTicks, TimeSpan.Zero), sessionId)
            : null;
    }
}
