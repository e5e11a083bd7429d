namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// An answer was recorded for this exit, or for this mid-course invitation (<see cref="InvitationId"/>, none at exit).
/// Its content is never served back individually.
/// </summary>
public sealed record SatisfactionAnswerResponse(Guid AnswerId, Guid EpisodeId, Guid? InvitationId, DateOnly AnsweredOn);
