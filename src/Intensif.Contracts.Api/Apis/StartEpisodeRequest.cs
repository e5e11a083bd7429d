using System.ComponentModel.DataAnnotations;

namespace Intensif.Contracts.Api.Apis;

public sealed record StartEpisodeRequest
{
    /// <summary>Today when omitted.</summary>
    public DateOnly? StartDate { get; init; }
    /// <summary>Mandatory (SR-06): within the organisme's duration bounds.</summary>
    [Required] public DateOnly? PlannedEndDate { get; init; }
}
