using System.ComponentModel.DataAnnotations;

namespace Intensif.Partners.Api.Apis;

public sealed record RefuseReferralRequest
{
    /// <summary>A code of the configured list (GET /api/partners/referrals/refusal-reasons).</summary>
    [Required] public string? Reason { get; init; }
    [StringLength(1000)] public string? Comment { get; init; }
}
