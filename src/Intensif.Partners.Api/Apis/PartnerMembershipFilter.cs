using Intensif.Partners.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Apis;

/// <summary>
/// A partner token counts only when its <c>sub</c> is a member of the structure its <c>org</c> names: a person removed
/// from the structure, or never invited, gets 403 <c>not-a-member</c> on every Partners endpoint but the acceptance of
/// an invitation. Organismes and the platform pass through.
/// </summary>
public sealed class PartnerMembershipFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var user = http.RequestServices.GetRequiredService<CurrentUserAccessor>().User;
        if (!user.IsPartner()) return await next(context);
        var structureId = user.ActingStructure();
        var db = http.RequestServices.GetRequiredService<PartnersDbContext>();
        var member = structureId is { } id
            && await db.Members.AsNoTracking().AnyAsync(m => m.StructureId == id && m.Subject == user.Subject, http.RequestAborted);
        return member
            ? await next(context)
            : Forbidden.Problem("not-a-member", "Your platform identity is not a member of the structure your token names; accept an invitation first.");
    }
}
