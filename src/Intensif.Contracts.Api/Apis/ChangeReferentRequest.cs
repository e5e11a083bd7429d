using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record ChangeReferentRequest
{
    /// <summary>The receiving référent, of the same organisme.</summary>
    [Required, StringLength(128, MinimumLength = 1)] public string? ToReferentId { get; init; }
    [Required, EnumDataType(typeof(ReferentChangeReason))] public ReferentChangeReason? Reason { get; init; }
    /// <summary>Today when omitted.</summary>
    public DateOnly? EffectiveDate { get; init; }
    /// <summary>Required (SR-10): what the receiving référent needs to continue the parcours.</summary>
    [Required, StringLength(4000, MinimumLength = 3)] public string? HandoverNote { get; init; }
}
