using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Intensif.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intensif.Partners.Api.Apis;

/// <summary>Invitations to join a structure: sent by its admins (or an operator, for the first admin), accepted by the invitee.</summary>
public static class InvitationsApi
{
    public static IEndpointRouteBuilder MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/partners/structures/{structureId:guid}/invitations").WithTags("Members and invitations")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy).AddEndpointFilter<PartnerMembershipFilter>();
        api.MapPost("/", InviteAsync)
            .WithSummary("Invite a person to join the structure")
            .WithDescription("An admin of the structure, or an operator (how a new structure gets its first admin), invites an e-mail address as ADMIN or MEMBER. The answer carries the secret token once (only its hash is stored); the inviter sends it to the person, who accepts before it expires (Partners:Invitations:ValidityDays, default 7). 409 already-a-member / already-invited when that address is a member or has a pending invitation. Honours Idempotency-Key. Audited.")
            .WithIdempotency().WithRequestExample(ApiExamples.Invite).WithResponseExample(StatusCodes.Status201Created, ApiExamples.InvitationSent)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.InvitationsPage)
            .WithSummary("List the structure's invitations")
            .WithDescription("For its admins and operators; optional status filter (PENDING, ACCEPTED, REVOKED, EXPIRED: a pending invitation past its expiry reads EXPIRED). Newest first; limit 1–100 (default 20), cursor from the previous page's nextCursor.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{invitationId:guid}/revoke", RevokeAsync)
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.RevokedInvitation)
            .WithSummary("Revoke a pending invitation")
            .WithDescription("Its token no longer lets anyone join. 409 invitation-expired / invitation-already-accepted / invitation-revoked otherwise. Audited.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        app.MapPost("/api/partners/invitations/accept", AcceptAsync).WithTags("Members and invitations")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .WithSummary("Accept an invitation")
            .WithDescription("The invited person presents the token with their own platform identity: they become a member of the structure with the invitation's role, known by their token's sub (the only Partners call a person who is not yet a member may make). 404 for an unknown token; 409 invitation-expired, invitation-revoked, invitation-already-accepted, already-a-member. Honours Idempotency-Key (a retry after a timeout gets the same answer). Audited.")
            .WithIdempotency().WithRequestExample(ApiExamples.AcceptInvitation).WithResponseExample(StatusCodes.Status200OK, ApiExamples.Member)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Created<InvitationSentResponse>, ProblemHttpResult>> InviteAsync(Guid structureId, InviteRequest request,
        PartnersDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, IOptions<InvitationOptions> options,
        CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (await user.RefuseUnlessAdminAsync(structureId, db, cancellationToken) is { } refused) return refused;
        var sent = await db.InTransactionAsync(async () =>
        {
            await db.LockStructureAsync(structureId, cancellationToken);
            var now = clock.GetUtcNow();
            var (invitation, secret) = Invitation.Send(structureId, request.Email!, request.Role!.Value, user.Subject, now, options.Value.Validity);
            if (await db.Members.AnyAsync(m => m.StructureId == structureId && m.Email == invitation.Email, cancellationToken))
                throw new RuleViolationException("already-a-member", "A member of the structure already has this e-mail address.");
            if (await db.Invitations.AnyAsync(i => i.StructureId == structureId && i.Email == invitation.Email
                    && i.Status == InvitationStatus.PENDING && i.ExpiresAt > now, cancellationToken))
                throw new RuleViolationException("already-invited", "This address has a pending invitation; revoke it to send a new one.");
            db.Invitations.Add(invitation);
            var response = InvitationResponse.From(invitation, now);
            audit.Record("invitation.sent", nameof(Invitation), invitation.Id, structureId, null, response);
            return new InvitationSentResponse(response, secret);
        }, cancellationToken);
        return TypedResults.Created($"/api/partners/structures/{structureId}/invitations/{sent.Invitation.Id}", sent);
    }

    private static async Task<Results<Ok<Page<InvitationResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(Guid structureId,
        PartnersDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken,
        InvitationStatus? status = null, string? cursor = null, int limit = ListCursor.DefaultLimit)
    {
        var before = ListCursor.DecodeInstant(cursor);
        if (ListCursor.Check(limit, cursor, before is not null) is { } invalid) return invalid;
        if (await caller.User.RefuseUnlessAdminAsync(structureId, db, cancellationToken) is { } refused) return refused;
        var now = clock.GetUtcNow();
        var query = db.Invitations.AsNoTracking().Where(i => i.StructureId == structureId);
        // the status as read: a pending invitation past its expiry is EXPIRED
        query = status switch
        {
            InvitationStatus.PENDING => query.Where(i => i.Status == InvitationStatus.PENDING && i.ExpiresAt > now),
            InvitationStatus.EXPIRED => query.Where(i => i.Status == InvitationStatus.EXPIRED || (i.Status == InvitationStatus.PENDING && i.ExpiresAt <= now)),
            { } other => query.Where(i => i.Status == other),
            null => query,
        };
        if (before is (var at, var id)) query = query.Where(i => i.CreatedAt < at || (i.CreatedAt == at && i.Id.CompareTo(id) < 0));
        var rows = await query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return TypedResults.Ok(ListCursor.PageOf(rows, limit, i => InvitationResponse.From(i, now), i => ListCursor.Encode(i.CreatedAt, i.Id)));
    }

    private static async Task<Results<Ok<InvitationResponse>, ProblemHttpResult>> RevokeAsync(Guid structureId, Guid invitationId,
        PartnersDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await caller.User.RefuseUnlessAdminAsync(structureId, db, cancellationToken) is { } refused) return refused;
        var revoked = await db.InTransactionAsync(async () =>
        {
            await db.LockStructureAsync(structureId, cancellationToken);
            var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.StructureId == structureId, cancellationToken);
            if (invitation is null) return null;
            var now = clock.GetUtcNow();
            var before = InvitationResponse.From(invitation, now);
            invitation.Revoke(now);
            var after = InvitationResponse.From(invitation, now);
            audit.Record("invitation.revoked", nameof(Invitation), invitation.Id, structureId, before, after);
            return after;
        }, cancellationToken);
        return revoked is null ? NotFound.Problem("invitation") : TypedResults.Ok(revoked);
    }

    private static async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> AcceptAsync(AcceptInvitationRequest request,
        PartnersDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var hash = InvitationSecret.Hash(request.Token!);
        var structureId = await db.Invitations.AsNoTracking().Where(i => i.SecretHash == hash).Select(i => (Guid?)i.StructureId).SingleOrDefaultAsync(cancellationToken);
        if (structureId is not { } id) return NotFound.Problem("invitation");
        var member = await db.InTransactionAsync(async () =>
        {
            await db.LockStructureAsync(id, cancellationToken);
            var invitation = await db.Invitations.SingleAsync(i => i.SecretHash == hash, cancellationToken);
            var now = clock.GetUtcNow();
            if (invitation.StatusAt(now) == InvitationStatus.PENDING
                && await db.Members.AnyAsync(m => m.StructureId == id && m.Subject == user.Subject, cancellationToken))
                throw new RuleViolationException("already-a-member", "You are already a member of this structure.");
            var before = InvitationResponse.From(invitation, now);
            var joined = invitation.Accept(user.Subject, user.Name, now);
            db.Members.Add(joined);
            audit.Record("invitation.accepted", nameof(Invitation), invitation.Id, id, before, InvitationResponse.From(invitation, now));
            var response = MemberResponse.From(joined);
            audit.Record("member.joined", nameof(StructureMember), joined.Id, id, null, response);
            return response;
        }, cancellationToken);
        return TypedResults.Ok(member);
    }
}
