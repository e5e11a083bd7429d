using System.Globalization;
using Intensif.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intensif.Partners.Api.Apis;

/// <summary>
/// Cursor pagination of the Partners lists: a page of `limit` items (1–100, default 20) and an opaque cursor, the sort
/// key of the page's last item (an instant or a name, then the id that breaks ties), base64url through PageCursor.
/// </summary>
public static class ListCursor
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static string Encode(DateTimeOffset at, Guid id) => PageCursor.Encode($"t|{at.UtcTicks}|{id}");

    public static string Encode(string name, Guid id) => PageCursor.Encode($"n|{id}|{name}");

    /// <summary>The instant and id of a cursor made by <see cref="Encode(DateTimeOffset, Guid)"/>; null otherwise.</summary>
    public static (DateTimeOffset At, Guid Id)? DecodeInstant(string? cursor) =>
        PageCursor.Decode(cursor ?? "")?.Split('|') is ["t", var ticks, var id]
            && long.TryParse(ticks, CultureInfo.InvariantCulture, out var utcTicks) && Guid.TryParse(id, out var guid)
            ? (new DateTimeOffset(utcTicks, TimeSpan.Zero), guid)
            : null;

    /// <summary>The name and id of a cursor made by <see cref="Encode(string, Guid)"/>; null otherwise.</summary>
    public static (string Name, Guid Id)? DecodeName(string? cursor) =>
        PageCursor.Decode(cursor ?? "")?.Split('|', 3) is ["n", var id, var name] && Guid.TryParse(id, out var guid) ? (name, guid) : null;

    /// <summary>Field errors for limit and cursor (an empty cursor is the first page); null when both are fine.</summary>
    public static ValidationProblem? Check(int limit, string? cursor, bool cursorIsValid)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > MaxLimit) errors["limit"] = [$"Between 1 and {MaxLimit}."];
        if (!string.IsNullOrEmpty(cursor) && !cursorIsValid) errors["cursor"] = ["Not a cursor of this list."];
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : null;
    }

    /// <summary>Cuts the `limit + 1` rows read into a page, with the cursor of its last item when more follow.</summary>
    public static Page<TOut> PageOf<TRow, TOut>(List<TRow> rows, int limit, Func<TRow, TOut> map, Func<TRow, string> cursorOf)
    {
        var items = rows.Take(limit).ToList();
        return new Page<TOut>(items.Select(map).ToList(), rows.Count > limit ? cursorOf(items[^1]) : null);
    }
}
