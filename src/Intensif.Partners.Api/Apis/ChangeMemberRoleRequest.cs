using System.ComponentModel.DataAnnotations;
using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

public sealed record ChangeMemberRoleRequest
{
    /// <summary>ADMIN or MEMBER.</summary>
    [Required] public MemberRole? Role { get; init; }
}
