namespace Intensif.Scheduling.Api.Apis;

/// <summary>A personal access link: <c>url</c> (<c>/api/scheduling/me/{token}</c>) is shown only in this answer.</summary>
public sealed record AccessLinkResponse(Guid Id, string Url, DateTimeOffset ExpiresAt);
