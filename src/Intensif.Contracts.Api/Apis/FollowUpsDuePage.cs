using Intensif.ServiceDefaults.Http;

namespace Intensif.Contracts.Api.Apis;

/// <summary>One page of the follow-up checks due, earliest first; <c>NextCursor</c> fetches the next one (null on the last page).</summary>
public sealed record FollowUpsDuePage(IReadOnlyList<FollowUpDueResponse> Items, string? NextCursor)
{
    private const string Prefix = "follow-up:";

    /// <summary>Where a page ends: the due date, the episode and the check of its last line.</summary>
    public static string CursorAfter(FollowUpDueResponse last) => PageCursor.Encode($"{Prefix}{last.DueOn:yyyy-MM-dd}|{last.EpisodeId}|{last.Check}");

    /// <summary>The key of the line a cursor points after, or null when it is not a cursor of this list.</summary>
    public static (DateOnly DueOn, Guid EpisodeId, string Check)? Decode(string cursor)
    {
        if (PageCursor.Decode(cursor) is not { } text || !text.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var parts = text[Prefix.Length..].Split('|');
        return parts.Length == 3 && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", out var due) && Guid.TryParse(parts[1], out var episode)
            ? (due, episode, parts[2]) : null;
    }
}
