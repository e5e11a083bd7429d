using System.ComponentModel.DataAnnotations;

namespace Intensif.Contracts.Api.Apis;

public sealed record ExtendEpisodeRequest
{
    [Required] public DateOnly? PlannedEndDate { get; init; }
    [Required, StringLength(2000, MinimumLength = 3)] public string? Reason { get; init; }
}
