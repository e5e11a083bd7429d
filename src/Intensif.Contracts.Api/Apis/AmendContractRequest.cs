using System.ComponentModel.DataAnnotations;

namespace Intensif.Contracts.Api.Apis;

/// <summary>An avenant: the new terms replace the current ones as a new version.</summary>
public sealed record AmendContractRequest
{
    [Required] public WeeklyDurationInput? WeeklyDuration { get; init; }
    [StringLength(4000)] public string? OrganismeCommitments { get; init; }
    [StringLength(4000)] public string? BeneficiaryCommitments { get; init; }
    [Required, StringLength(2000, MinimumLength = 3)] public string? Reason { get; init; }
}
