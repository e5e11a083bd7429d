using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record RecordOrientationRequest
{
    [Required, EnumDataType(typeof(OrientationAuthority))] public OrientationAuthority? DecidedBy { get; init; }
    [Required] public DateOnly? DecisionDate { get; init; }
    /// <summary>Starts the one-month contract clock (BR-09).</summary>
    [Required] public DateOnly? NotificationDate { get; init; }
    [Required, EnumDataType(typeof(Parcours))] public Parcours? Parcours { get; init; }
    /// <summary>The organisme référent the person is oriented to; the caller's organisme when omitted.</summary>
    [StringLength(64, MinimumLength = 1)] public string? OrganismeReferentId { get; init; }
    /// <summary>Required for a réorientation.</summary>
    [StringLength(1000)] public string? Reason { get; init; }
    /// <summary>RSA only: the RSA request, start of the 6-week orientation clock (BR-10).</summary>
    public DateOnly? RsaRequestDate { get; init; }
}
