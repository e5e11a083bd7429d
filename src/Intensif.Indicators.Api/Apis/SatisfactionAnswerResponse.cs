namespace Intensif.Indicators.Api.Apis;

/// <summary>An answer was recorded for this exit. Its content is never served back individually.</summary>
public sealed record SatisfactionAnswerResponse(Guid AnswerId, Guid EpisodeId, DateOnly AnsweredOn);
