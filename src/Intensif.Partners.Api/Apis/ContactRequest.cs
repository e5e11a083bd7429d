using System.ComponentModel.DataAnnotations;
using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

public sealed record ContactRequest
{
    [Required, StringLength(120, MinimumLength = 2)] public string? Name { get; init; }
    [StringLength(80)] public string? Role { get; init; }
    [EmailAddress, StringLength(200)] public string? Email { get; init; }
    [RegularExpression(@"^\+?[0-9 .]{10,20}$", ErrorMessage = "A phone number such as 04 67 00 00 00.")] public string? Phone { get; init; }

    public StructureContact ToDomain() => new(Name!.Trim(), Role, Email, Phone);
}
