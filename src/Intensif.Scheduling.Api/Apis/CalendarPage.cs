namespace Intensif.Scheduling.Api.Apis;

/// <summary>One page of the shared calendar, in time order; pass <c>nextCursor</c> back as <c>cursor</c> (null on the last page).</summary>
public sealed record CalendarPage(IReadOnlyList<CalendarItem> Items, string? NextCursor);
