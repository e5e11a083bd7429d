namespace Intensif.ServiceDefaults.Identity;

/// <summary>Roles and organisation kinds as the tokens spell them.</summary>
public static class PlatformRoles
{
    public const string Referent = "referent";
    public const string Manager = "manager";
    public const string Partner = "partner";
    public const string Pilot = "pilot";
    public const string Operator = "operator";

    public const string KindOrganisme = "organisme";
    public const string KindPartner = "partner";
    public const string KindCommittee = "committee";
    public const string KindPlatform = "platform";
}
