namespace Intensif.Indicators.Api.Apis;

/// <summary>A mid-course invitation was recorded for this episode in this month (yyyy-MM, Europe/Paris).</summary>
public sealed record SatisfactionInvitationResponse(Guid InvitationId, Guid EpisodeId, string Month, DateOnly SentOn);
