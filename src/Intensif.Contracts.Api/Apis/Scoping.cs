using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Identity;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Who sees whom (domain reference §2.2): a référent the people they follow, a manager the whole organisme.</summary>
public static class Scoping
{
    public static IQueryable<Beneficiary> VisibleTo(this IQueryable<Beneficiary> beneficiaries, CurrentUser user) => user.Role switch
    {
        PlatformRoles.Referent => beneficiaries.Where(b => b.OrganismeId == user.Organisation && b.ReferentId == user.Subject),
        PlatformRoles.Manager => beneficiaries.Where(b => b.OrganismeId == user.Organisation),
        _ => beneficiaries.Where(_ => false),
    };

    public static IQueryable<Contract> VisibleTo(this IQueryable<Contract> contracts, CurrentUser user) => user.Role switch
    {
        PlatformRoles.Referent => contracts.Where(c => c.OrganismeId == user.Organisation && c.ReferentId == user.Subject),
        PlatformRoles.Manager => contracts.Where(c => c.OrganismeId == user.Organisation),
        _ => contracts.Where(_ => false),
    };
}
