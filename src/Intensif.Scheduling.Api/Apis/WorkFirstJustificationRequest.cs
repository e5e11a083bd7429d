using System.ComponentModel.DataAnnotations;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>SR-07: why a person on a SOCIAL parcours starts without a professional situation (health, housing, childcare…).</summary>
public sealed record WorkFirstJustificationRequest
{
    [Required, MinLength(3), StringLength(1000)] public string? Reason { get; init; }
}
