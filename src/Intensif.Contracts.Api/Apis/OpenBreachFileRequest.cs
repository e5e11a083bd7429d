using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record OpenBreachFileRequest
{
    [Required, EnumDataType(typeof(BreachType))] public BreachType? BreachType { get; init; }
    /// <summary>RSA or ALLOCATION_CHOMAGE (ARE/ASS): the benefit a sanction would reduce.</summary>
    [Required, EnumDataType(typeof(BenefitKind))] public BenefitKind? Benefit { get; init; }
    /// <summary>Today when omitted.</summary>
    public DateOnly? DetectedOn { get; init; }
    [Required, MinLength(1), MaxLength(20)] public List<BreachEvidenceInput>? Evidence { get; init; }
}
