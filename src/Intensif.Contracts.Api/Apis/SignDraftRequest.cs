using System.ComponentModel.DataAnnotations;

namespace Intensif.Contracts.Api.Apis;

public sealed record SignDraftRequest
{
    /// <summary>The référent's signature date; today when omitted.</summary>
    public DateOnly? SignedOn { get; init; }
    /// <summary>When the person acknowledged and signed the contract (required: a contract is signed by both sides).</summary>
    [Required] public DateOnly? BeneficiaryAcknowledgedOn { get; init; }
}
