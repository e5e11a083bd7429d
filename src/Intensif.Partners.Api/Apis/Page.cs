namespace Intensif.Partners.Api.Apis;

/// <summary>One page of a list; pass nextCursor back as `cursor` to read the next one (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
