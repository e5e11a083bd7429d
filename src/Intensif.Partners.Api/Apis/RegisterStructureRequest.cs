using System.ComponentModel.DataAnnotations;

namespace Intensif.Partners.Api.Apis;

public sealed record RegisterStructureRequest : StructureProfileRequest
{
    /// <summary>14 digits; the check digit (Luhn) is verified.</summary>
    [Required, RegularExpression("^[0-9]{14}$", ErrorMessage = "A SIRET has 14 digits.")] public string? Siret { get; init; }
}
