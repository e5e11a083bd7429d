using System.ComponentModel.DataAnnotations;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Sign a contract in one step (the person and the référent sign together).</summary>
public sealed record SignContractRequest
{
    [Required] public Guid? BeneficiaryId { get; init; }
    /// <summary>Date of signature (yyyy-MM-dd); today when omitted.</summary>
    public DateOnly? SignedOn { get; init; }
    public WeeklyDurationInput? WeeklyDuration { get; init; }
    [StringLength(4000)] public string? OrganismeCommitments { get; init; }
    [StringLength(4000)] public string? BeneficiaryCommitments { get; init; }
}
