using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>The publics of a person and, for RSA, the household facts.</summary>
public sealed record SituationRequest
{
    [Required, MaxLength(6)] public List<PublicType>? Publics { get; init; }
    public RsaHouseholdInput? RsaHousehold { get; init; }
    /// <summary>F or M (§3.1); when absent, the recorded value is kept.</summary>
    [EnumDataType(typeof(Sex))] public Sex? Sex { get; init; }
    /// <summary>Lives in a QPV (§3.1); when absent, the recorded value is kept.</summary>
    public bool? Qpv { get; init; }
}
