using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

public sealed record InterviewResponse(
    Guid Id, Guid BeneficiaryId, string OrganismeId, string ReferentId, DateTimeOffset ScheduledAt, int DurationMinutes,
    InterviewType Type, InterviewChannel Channel, InterviewStatus Status, int Sequence)
{
    public static InterviewResponse From(Interview i) =>
        new(i.Id, i.BeneficiaryId, i.OrganismeId, i.ReferentId, i.ScheduledAt, i.DurationMinutes, i.Type, i.Channel, i.Status, i.Sequence);
}
