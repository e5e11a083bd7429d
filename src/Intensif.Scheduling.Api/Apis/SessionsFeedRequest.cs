using System.ComponentModel.DataAnnotations;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// A feed of the partner sessions of <c>territory</c> (one of the caller's territories, e.g. "75"), of one
/// <c>theme</c> (e.g. MOBILITE) or, without it, of every theme.
/// </summary>
public sealed record SessionsFeedRequest
{
    [Required, StringLength(8, MinimumLength = 1)] public string? Territory { get; init; }
    [StringLength(64, MinimumLength = 1)] public string? Theme { get; init; }
}
