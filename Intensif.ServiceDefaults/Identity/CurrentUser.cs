using System.Security.Claims;

namespace Intensif.ServiceDefaults.Identity;

/// <summary>The caller, read from the validated token. Scoping decisions start here.</summary>
public sealed record CurrentUser(
    string Subject, string Name, string Organisation, string OrganisationKind, string Role, IReadOnlyList<string> Territories)
{
    public bool IsInRole(string role) => Role == role;

    /// <summary>Null when the principal lacks a claim every Intensif token carries.</summary>
    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        string? Get(string type) => principal.FindFirst(type)?.Value;
        if (Get(PlatformClaims.Subject) is not { } sub || Get(PlatformClaims.Organisation) is not { } org || Get(PlatformClaims.Role) is not { } role)
            return null;
        return new CurrentUser(
            sub,
            Get(PlatformClaims.Name) ?? sub,
            org,
            Get(PlatformClaims.OrganisationKind) ?? "",
            role,
            principal.FindAll(PlatformClaims.Territories).Select(c => c.Value).ToArray());
    }
}
