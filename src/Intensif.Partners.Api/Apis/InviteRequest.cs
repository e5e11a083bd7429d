using System.ComponentModel.DataAnnotations;
using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

public sealed record InviteRequest
{
    /// <summary>Where the invitation goes, e.g. nadia.roux@mobilite-lunel.org.</summary>
    [Required, EmailAddress, StringLength(200)] public string? Email { get; init; }
    /// <summary>ADMIN or MEMBER.</summary>
    [Required] public MemberRole? Role { get; init; }
}
