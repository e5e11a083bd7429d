using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Apis;

/// <summary>
/// Who manages a structure's members and invitations: its admins, and operators (who invite the first admin of a new
/// structure). Another structure or an organisme gets 404; a plain member of the structure 403 <c>admin-only</c>.
/// </summary>
public static class StructureAdmin
{
    /// <summary>Null when the caller may manage the structure's members; the problem to answer otherwise.</summary>
    public static async Task<ProblemHttpResult?> RefuseUnlessAdminAsync(this CurrentUser user, Guid structureId, PartnersDbContext db, CancellationToken ct)
    {
        if (!user.IsPartner())
            return user.Role == PlatformRoles.Operator && await db.Structures.AnyAsync(s => s.Id == structureId, ct)
                ? null
                : NotFound.Problem("partner structure");
        if (user.ActingStructure() != structureId) return NotFound.Problem("partner structure");
        var role = await db.Members.AsNoTracking().Where(m => m.StructureId == structureId && m.Subject == user.Subject)
            .Select(m => (MemberRole?)m.Role).SingleOrDefaultAsync(ct);
        return role == MemberRole.ADMIN ? null : Forbidden.Problem("admin-only", "Only an admin of the structure manages its members and invitations.");
    }
}
