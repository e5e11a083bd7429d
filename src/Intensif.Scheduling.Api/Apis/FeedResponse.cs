namespace Intensif.Scheduling.Api.Apis;

/// <summary>A new feed: <see cref="Url"/> holds the secret and is shown only once.</summary>
public sealed record FeedResponse(Guid Id, string Url, DateTimeOffset CreatedAt);
