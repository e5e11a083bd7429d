using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record RegisterBeneficiaryRequest
{
    [Required, StringLength(100, MinimumLength = 1)] public string? FirstName { get; init; }
    [Required, StringLength(100, MinimumLength = 1)] public string? LastName { get; init; }
    [Required] public DateOnly? BirthDate { get; init; }
    /// <summary>Département code of residence (e.g. 75, 2A, 974).</summary>
    [Required, RegularExpression("^([0-9]{2}|2A|2B|97[1-6])$", ErrorMessage = "A département code such as 75, 2A or 974.")]
    public string? Territory { get; init; }
    /// <summary>Identifiant national of the demandeur d'emploi, when registered at France Travail.</summary>
    [StringLength(32)] public string? FranceTravailId { get; init; }
    /// <summary>RSA, ARE, ASS, JEUNE, RQTH, SANS_ALLOCATION.</summary>
    [MaxLength(6)] public List<PublicType>? Publics { get; init; }
    /// <summary>Required for an RSA beneficiary (the 50 % sanction cap, BR-29); absent otherwise.</summary>
    public RsaHouseholdInput? RsaHousehold { get; init; }
    /// <summary>F or M (§3.1); optional, "unknown" in the indicators when absent.</summary>
    [EnumDataType(typeof(Sex))] public Sex? Sex { get; init; }
    /// <summary>Whether the person lives in a quartier prioritaire de la politique de la ville (§3.1); optional.</summary>
    public bool? Qpv { get; init; }
}

public sealed record BeneficiaryResponse(
    Guid Id, string OrganismeId, string ReferentId, string? FranceTravailId, string FirstName, string LastName,
    DateOnly BirthDate, string Territory, IReadOnlyList<PublicType> Publics, RsaHousehold? RsaHousehold, Guid? CurrentOrientationId,
    DateTimeOffset CreatedAt)
{
    /// <summary>F or M; null when not recorded.</summary>
    public Sex? Sex { get; init; }
    /// <summary>Lives in a QPV; null when not recorded.</summary>
    public bool? Qpv { get; init; }

    public static BeneficiaryResponse From(Beneficiary b) =>
        new(b.Id, b.OrganismeId, b.ReferentId, b.FranceTravailId, b.FirstName, b.LastName, b.BirthDate, b.Territory, b.Publics,
            b.RsaHousehold, b.CurrentOrientationId, b.CreatedAt) { Sex = b.Sex, Qpv = b.Qpv };
}
