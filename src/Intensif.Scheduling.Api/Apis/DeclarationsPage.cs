namespace Intensif.Scheduling.Api.Apis;

/// <summary>A page of a person's declarations, oldest first; <c>next</c> is the cursor of the following page, null on the last.</summary>
public sealed record DeclarationsPage(IReadOnlyList<DeclarationResponse> Items, string? Next);
