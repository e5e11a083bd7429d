using System.ComponentModel.DataAnnotations;
using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

public sealed record RegisterStructureRequest
{
    [Required, StringLength(200, MinimumLength = 2)] public string? Name { get; init; }
    [Required, RegularExpression("^[0-9]{14}$", ErrorMessage = "A SIRET has 14 digits.")] public string? Siret { get; init; }
    [Required, RegularExpression("^[A-Z_]{2,32}$", ErrorMessage = "A structure type code such as PLIE, O2R or ASSOCIATION_MOBILITE.")]
    public string? Type { get; init; }
    [Required, MinLength(1)] public string[]? Territories { get; init; }
}

public sealed record PartnerStructureResponse(Guid Id, string Name, string Siret, string Type, IReadOnlyList<string> Territories, DateTimeOffset RegisteredAt)
{
    public static PartnerStructureResponse From(PartnerStructure s) => new(s.Id, s.Name, s.Siret, s.Type, s.Territories, s.RegisteredAt);
}
