using System.ComponentModel.DataAnnotations;

namespace Intensif.Partners.Api.Apis;

public sealed record EndCoAccompanimentRequest
{
    /// <summary>OBJECTIVES_REACHED, HANDED_OVER_TO_DROIT_COMMUN, PERSON_WITHDREW, PARTNER_WITHDREW, REORIENTED or OTHER.</summary>
    [Required] public string? Reason { get; init; }
    /// <summary>The last day of the co-accompaniment; today when absent, never in the future.</summary>
    public DateOnly? EndedOn { get; init; }
}
