using Intensif.ServiceDefaults.Problems;

namespace Intensif.Partners.Api.Domain;

/// <summary>A structure always keeps at least one admin: nobody else could invite, remove or promote anyone.</summary>
public static class LastAdminRule
{
    /// <summary>
    /// Refuses a removal or a change of role that would leave the structure without an admin. The caller holds the
    /// structure's row lock, so <paramref name="admins"/> cannot change meanwhile.
    /// </summary>
    public static void EnsureAnAdminRemains(StructureMember changing, MemberRole? newRole, int admins)
    {
        var losesAdmin = changing.IsAdmin && newRole != MemberRole.ADMIN;
        if (losesAdmin && admins <= 1)
            throw new RuleViolationException("last-admin", "The structure's last admin cannot be removed or demoted; make another member admin first.");
    }
}
