using System.ComponentModel.DataAnnotations;
using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

public sealed record RescheduleInterviewRequest
{
    /// <summary>The new UTC instant (ISO 8601), in the future.</summary>
    [Required] public DateTimeOffset? ScheduledAt { get; init; }
    [Required, Range(5, 480)] public int? DurationMinutes { get; init; }
    [Required] public InterviewChannel? Channel { get; init; }
}
