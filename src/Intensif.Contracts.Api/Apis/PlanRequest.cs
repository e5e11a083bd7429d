using System.ComponentModel.DataAnnotations;

namespace Intensif.Contracts.Api.Apis;

/// <summary>The whole plan d'action as it now stands; it becomes the next version.</summary>
public sealed record PlanRequest
{
    [Required, MaxLength(40)] public List<ObjectiveInput>? Objectives { get; init; }
    [Required, MaxLength(60)] public List<PlannedActionInput>? Actions { get; init; }
    /// <summary>SOCIAL parcours only: why no professional placement is planned early (waives SR-07).</summary>
    [StringLength(1000)] public string? WorkFirstJustification { get; init; }
    [StringLength(1000)] public string? Reason { get; init; }
}
