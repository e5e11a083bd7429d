using System.ComponentModel.DataAnnotations;

namespace Intensif.Partners.Api.Apis;

public sealed record CancelReferralRequest
{
    [StringLength(1000)] public string? Comment { get; init; }
}
