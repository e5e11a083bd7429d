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

public sealed record InterviewResponse(
    Guid Id, Guid BeneficiaryId, string OrganismeId, string ReferentId, DateTimeOffset ScheduledAt, int DurationMinutes,
    InterviewType Type, InterviewChannel Channel)
{
    public static InterviewResponse From(Interview i) =>
        new(i.Id, i.BeneficiaryId, i.OrganismeId, i.ReferentId, i.ScheduledAt, i.DurationMinutes, i.Type, i.Channel);
}
