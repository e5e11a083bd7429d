using Intensif.ServiceDefaults.Identity;

namespace Intensif.Partners.Api.Apis;

/// <summary>
/// A token with org_kind=partner acts for the structure whose id is its org claim, and for nothing else; that its sub
/// is a member of that structure is checked once per request by <see cref="PartnerMembershipFilter"/>. Organismes and
/// the platform see the directory; see docs/partners.md.
/// </summary>
public static class PartnerScope
{
    public static bool IsPartner(this CurrentUser user) => user.OrganisationKind == PlatformRoles.KindPartner;

    public static bool IsOrganisme(this CurrentUser user) => user.OrganisationKind == PlatformRoles.KindOrganisme;

    /// <summary>The structure a partner token acts for; null for anyone else (or a partner token with a malformed org).</summary>
    public static Guid? ActingStructure(this CurrentUser user) =>
        user.IsPartner() && Guid.TryParse(user.Organisation, out var id) ? id : null;

    public static bool CanSeeStructure(this CurrentUser user, Guid structureId) =>
        user.IsPartner() ? user.ActingStructure() == structureId : true;

    /// <summary>The partner itself, or the managers and operators who curate the directory.</summary>
    public static bool CanEditStructure(this CurrentUser user, Guid structureId) =>
        user.IsPartner() ? user.ActingStructure() == structureId : user.Role is PlatformRoles.Manager or PlatformRoles.Operator;
}
