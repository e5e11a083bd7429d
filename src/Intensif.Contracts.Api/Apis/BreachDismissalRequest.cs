using System.ComponentModel.DataAnnotations;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Dismissing a proposed breach file: why it is not followed (a motif légitime already known, wrong data…).</summary>
public sealed record BreachDismissalRequest
{
    [Required, StringLength(1000, MinimumLength = 1)] public string? Reason { get; init; }
}
