namespace Intensif.ServiceDefaults.Identity;

/// <summary>The claims of an Intensif token (architecture §4).</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Organisation = "org";
    public const string OrganisationKind = "org_kind";
    public const string Role = "role";
    public const string Territories = "territories";
}
