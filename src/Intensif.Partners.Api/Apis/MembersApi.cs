using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Apis;

/// <summary>The members of a structure and their roles; only its admins (and operators) manage them. See docs/partners.md.</summary>
public static class MembersApi
{
    public static IEndpointRouteBuilder MapMembersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/partners/structures/{structureId:guid}/members").WithTags("Members and invitations")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy).AddEndpointFilter<PartnerMembershipFilter>();
        api.MapGet("/", ListAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.MembersPage)
            .WithSummary("List the members of a structure")
            .WithDescription("Its admins and operators list the members: platform identity (sub), name, e-mail, role (ADMIN or MEMBER). Ordered by joining date; limit 1–100 (default 20), cursor from the previous page's nextCursor. A plain member gets 403 admin-only, anyone outside the structure 404.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{memberId:guid}/role", ChangeRoleAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.Admin)
            .WithSummary("Change a member's role")
            .WithDescription("An admin makes a member ADMIN or MEMBER. Demoting the last admin answers 409 last-admin. Audited.")
            .WithRequestExample(ApiExamples.ChangeRole)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/{memberId:guid}", RemoveAsync)
            .WithSummary("Remove a member")
            .WithDescription("An admin removes a member (possibly themselves); from then on that person's partner token gets 403 not-a-member. Removing the last admin answers 409 last-admin. Audited.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<Page<MemberResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(Guid structureId,
        PartnersDbContext db, CurrentUserAccessor caller, CancellationToken cancellationToken, string? cursor = null, int limit = ListCursor.DefaultLimit)
    {
        var after = ListCursor.DecodeInstant(cursor);
        if (ListCursor.Check(limit, cursor, after is not null) is { } invalid) return invalid;
        if (await caller.User.RefuseUnlessAdminAsync(structureId, db, cancellationToken) is { } refused) return refused;
        var query = db.Members.AsNoTracking().Where(m => m.StructureId == structureId);
        if (after is (var at, var id)) query = query.Where(m => m.JoinedAt > at || (m.JoinedAt == at && m.Id.CompareTo(id) > 0));
        var rows = await query.OrderBy(m => m.JoinedAt).ThenBy(m => m.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return TypedResults.Ok(ListCursor.PageOf(rows, limit, MemberResponse.From, m => ListCursor.Encode(m.JoinedAt, m.Id)));
    }

    private static async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> ChangeRoleAsync(Guid structureId, Guid memberId, ChangeMemberRoleRequest request,
        PartnersDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await caller.User.RefuseUnlessAdminAsync(structureId, db, cancellationToken) is { } refused) return refused;
        var role = request.Role!.Value;
        var changed = await db.InTransactionAsync(async () =>
        {
            var member = await LockedMemberAsync(db, structureId, memberId, cancellationToken);
            if (member is null) return null;
            LastAdminRule.EnsureAnAdminRemains(member, role, await AdminsAsync(db, structureId, cancellationToken));
            var before = MemberResponse.From(member);
            member.ChangeRole(role, clock.GetUtcNow());
            var after = MemberResponse.From(member);
            audit.Record("member.role-changed", nameof(StructureMember), member.Id, structureId, before, after);
            return after;
        }, cancellationToken);
        return changed is null ? NotFound.Problem("member") : TypedResults.Ok(changed);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(Guid structureId, Guid memberId,
        PartnersDbContext db, AuditTrail audit, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        if (await caller.User.RefuseUnlessAdminAsync(structureId, db, cancellationToken) is { } refused) return refused;
        var removed = await db.InTransactionAsync(async () =>
        {
            var member = await LockedMemberAsync(db, structureId, memberId, cancellationToken);
            if (member is null) return false;
            LastAdminRule.EnsureAnAdminRemains(member, newRole: null, await AdminsAsync(db, structureId, cancellationToken));
            db.Members.Remove(member);
            audit.Record("member.removed", nameof(StructureMember), member.Id, structureId, MemberResponse.From(member), null);
            return true;
        }, cancellationToken);
        return removed ? TypedResults.NoContent() : NotFound.Problem("member");
    }

    /// <summary>Locks the structure (member changes run one at a time), then reads the member.</summary>
    private static async Task<StructureMember?> LockedMemberAsync(PartnersDbContext db, Guid structureId, Guid memberId, CancellationToken ct)
    {
        if (await db.LockStructureAsync(structureId, ct) is null) return null;
        return await db.Members.SingleOrDefaultAsync(m => m.Id == memberId && m.StructureId == structureId, ct);
    }

    private static Task<int> AdminsAsync(PartnersDbContext db, Guid structureId, CancellationToken ct) =>
        db.Members.CountAsync(m => m.StructureId == structureId && m.Role == MemberRole.ADMIN, ct);
}
