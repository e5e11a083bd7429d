using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record FollowUpCheckResponse(
    Guid Id, Guid ContractId, Guid EpisodeId, EmploymentOutcomeSource Check, DateOnly CheckedOn, FollowUpCheckResult Result,
    DateTimeOffset RecordedAt, string RecordedBy)
{
    public static FollowUpCheckResponse From(FollowUpCheckRecord c) =>
        new(c.Id, c.ContractId, c.EpisodeId, c.Check, c.CheckedOn, c.Result, c.RecordedAt, c.RecordedBy);
}
