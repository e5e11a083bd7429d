using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>The publics of a person and, for RSA, the household facts.</summary>
public sealed record SituationRequest
{
    [Required, MaxLength(6)] public List<PublicType>? Publics { get; init; }
    public RsaHouseholdInput? RsaHousehold { get; init; }
}
