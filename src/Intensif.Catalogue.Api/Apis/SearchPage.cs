namespace Intensif.Catalogue.Api.Apis;

/// <summary>A page of search results; pass <see cref="NextCursor"/> back as <c>cursor</c> for the next one (null at the end).</summary>
public sealed record SearchPage(EntryResponse[] Items, string? NextCursor);
