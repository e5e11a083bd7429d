using System.ComponentModel.DataAnnotations;
using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

public sealed record ScheduleInterviewRequest
{
    [Required] public Guid? BeneficiaryId { get; init; }
    /// <summary>UTC instant (ISO 8601).</summary>
    [Required] public DateTimeOffset? ScheduledAt { get; init; }
    [Required, Range(5, 480)] public int? DurationMinutes { get; init; }
    [Required] public InterviewType? Type { get; init; }
    [Required] public InterviewChannel? Channel { get; init; }
}
