namespace Intensif.Scheduling.Api.Apis;

/// <summary>An entretien with the référent, as the person sees it (date, type, channel, status; entretiens carry no notes here).</summary>
public sealed record PersonInterview(DateTimeOffset ScheduledAt, int DurationMinutes, string Type, string Channel, string Status);
