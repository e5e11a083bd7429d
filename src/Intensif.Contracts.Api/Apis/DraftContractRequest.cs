using System.ComponentModel.DataAnnotations;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Start drawing up a contract with the person (DRAFT).</summary>
public sealed record DraftContractRequest
{
    [Required] public Guid? BeneficiaryId { get; init; }
    public WeeklyDurationInput? WeeklyDuration { get; init; }
    [StringLength(4000)] public string? OrganismeCommitments { get; init; }
    [StringLength(4000)] public string? BeneficiaryCommitments { get; init; }
}
