using Intensif.Catalogue.Api.Domain;
using Intensif.ServiceDefaults.Identity;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>
/// Scoping: national entries are written by platform operators, local entries by managers of the owning organisme;
/// a partner writes its own proposals until a manager holding one of their territories validates them; every
/// authenticated user reads published entries; drafts and archives only those who may write or review them.
/// </summary>
public static class EntryAccess
{
    public static bool IsPlatformOperator(this CurrentUser user) =>
        user.Role == PlatformRoles.Operator && user.OrganisationKind == PlatformRoles.KindPlatform;

    public static bool IsOrganismeManager(this CurrentUser user) =>
        user.Role == PlatformRoles.Manager && user.OrganisationKind == PlatformRoles.KindOrganisme;

    /// <summary>The structure a partner token acts for (its org claim); null for anyone else or a malformed org.</summary>
    public static Guid? ActingStructure(this CurrentUser user) =>
        user.OrganisationKind == PlatformRoles.KindPartner && Guid.TryParse(user.Organisation, out var id) ? id : null;

    /// <summary>The partner that proposed the entry, while no organisme has taken it on.</summary>
    public static bool IsProposerOf(this CurrentUser user, CatalogueEntry entry) =>
        entry.IsOpenProposal && user.ActingStructure() is { } structure && structure == entry.ProposedBy;

    /// <summary>A manager of an organisme holding one of the proposal's territories (the local scope) reviews it.</summary>
    public static bool IsReviewerOf(this CurrentUser user, CatalogueEntry entry) =>
        entry.IsOpenProposal && user.IsOrganismeManager() && entry.Territories.Intersect(user.Territories).Any();

    /// <summary>Who may revise or archive: a reviewer only while the proposal is pending (a rejected one is back with the partner).</summary>
    public static bool CanWrite(this CurrentUser user, CatalogueEntry entry) => entry switch
    {
        { Scope: EntryScope.NATIONAL } => user.IsPlatformOperator(),
        { IsOpenProposal: true } => user.IsProposerOf(entry)
            || (user.IsReviewerOf(entry) && entry.ProposalStatus == ProposalStatus.PENDING),
        _ => user.IsOrganismeManager() && entry.OwnerOrganisation == user.Organisation,
    };

    /// <summary>Publishing is a writer's act, except for proposals: only a reviewer validates them.</summary>
    public static bool CanPublish(this CurrentUser user, CatalogueEntry entry) =>
        entry.IsOpenProposal ? user.IsReviewerOf(entry) : user.CanWrite(entry);

    public static bool CanRead(this CurrentUser user, CatalogueEntry entry) =>
        entry.Status == EntryStatus.PUBLISHED || user.CanWrite(entry) || user.IsReviewerOf(entry);

    public static IQueryable<CatalogueEntry> VisibleTo(this IQueryable<CatalogueEntry> entries, CurrentUser user)
    {
        if (user.IsPlatformOperator())
            return entries.Where(e => e.Status == EntryStatus.PUBLISHED || e.Scope == EntryScope.NATIONAL);
        if (user.IsOrganismeManager())
        {
            var organisation = user.Organisation;
            var territories = user.Territories.ToArray();
            return entries.Where(e => e.Status == EntryStatus.PUBLISHED
                || (e.Scope == EntryScope.LOCAL && e.OwnerOrganisation == organisation)
                || (e.ProposedBy != null && e.OwnerOrganisation == null && e.Territories.Any(t => territories.Contains(t))));
        }
        if (user.ActingStructure() is { } structure)
            return entries.Where(e => e.Status == EntryStatus.PUBLISHED || (e.ProposedBy == structure && e.OwnerOrganisation == null));
        return entries.Where(e => e.Status == EntryStatus.PUBLISHED);
    }
}
