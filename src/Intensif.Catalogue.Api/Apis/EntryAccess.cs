using Intensif.Catalogue.Api.Domain;
using Intensif.ServiceDefaults.Identity;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>
/// Scoping: national entries are written by platform operators, local entries by managers of the owning organisme;
/// every authenticated user reads published entries; drafts and archives only to those who may write them.
/// </summary>
public static class EntryAccess
{
    public static bool IsPlatformOperator(this CurrentUser user) =>
        user.Role == PlatformRoles.Operator && user.OrganisationKind == PlatformRoles.KindPlatform;

    public static bool IsOrganismeManager(this CurrentUser user) =>
        user.Role == PlatformRoles.Manager && user.OrganisationKind == PlatformRoles.KindOrganisme;

    public static bool CanWrite(this CurrentUser user, CatalogueEntry entry) => entry.Scope == EntryScope.NATIONAL
        ? user.IsPlatformOperator()
        : user.IsOrganismeManager() && entry.OwnerOrganisation == user.Organisation;

    public static bool CanRead(this CurrentUser user, CatalogueEntry entry) => entry.Status == EntryStatus.PUBLISHED || user.CanWrite(entry);

    public static IQueryable<CatalogueEntry> VisibleTo(this IQueryable<CatalogueEntry> entries, CurrentUser user)
    {
        if (user.IsPlatformOperator())
            return entries.Where(e => e.Status == EntryStatus.PUBLISHED || e.Scope == EntryScope.NATIONAL);
        if (user.IsOrganismeManager())
        {
            var organisation = user.Organisation;
            return entries.Where(e => e.Status == EntryStatus.PUBLISHED || (e.Scope == EntryScope.LOCAL && e.OwnerOrganisation == organisation));
        }
        return entries.Where(e => e.Status == EntryStatus.PUBLISHED);
    }
}
