using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>A follow-up check of an exit that is due: no outcome of its source is recorded for the episode yet.</summary>
public sealed record FollowUpDueResponse(
    Guid ContractId, Guid EpisodeId, Guid BeneficiaryId, string ReferentId, DateOnly ExitDate, ExitType ExitType,
    EmploymentOutcomeSource Check, DateOnly DueOn);
