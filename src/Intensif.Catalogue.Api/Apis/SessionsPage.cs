namespace Intensif.Catalogue.Api.Apis;

/// <summary>One page of sessions; pass nextCursor back to read the next one (null on the last page).</summary>
public sealed record SessionsPage(IReadOnlyList<SessionResponse> Items, string? NextCursor);
