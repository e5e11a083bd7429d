using System.Text.Json;
using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>Writing and reading one entry: create a draft, revise, publish, archive, version history.</summary>
public static class EntriesApi
{
    public static RouteGroupBuilder MapEntriesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/", CreateAsync)
            .WithSummary("Create a draft activity of the fichier métier.")
            .WithDescription("An operator of the platform creates a national entry; a manager creates a local entry of their organisme; "
                + "a partner (org_kind partner) proposes an entry for its own structure: a draft PENDING until a manager holding one of its "
                + "territories validates (publishes) or rejects it. A proposal names at least one of the partner's territories, and its "
                + "partnerStructureId is the partner's own structure (left empty, it is filled in). "
                + "The draft may lack the SR-13 fields (family, dimension, supervision, valuation, proof type) until publication.")
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Manager, PlatformRoles.Operator, PlatformRoles.Partner))
            .WithIdempotency().WithRequestExample(ApiExamples.Workshop).WithResponseExample(StatusCodes.Status201Created, ApiExamples.WorkshopDraft)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{code}", GetAsync)
            .WithSummary("One activity by its code.")
            .WithDescription("Published entries for every user; drafts and archives only for whoever may change or review them (404 otherwise). "
                + "The ETag is the entry's version: send it back as If-Match on a write.")
            .WithETag().WithResponseExample(StatusCodes.Status200OK, ApiExamples.WorkshopDraft)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{code}", ReviseAsync)
            .WithSummary("Revise an activity (a new version).")
            .WithDescription("Replaces every stated field. A published entry must keep the SR-13 fields and emits CatalogueEntryUpdated.")
            .WithIfMatch().WithRequestExample(ApiExamples.Workshop).WithResponseExample(StatusCodes.Status200OK, ApiExamples.WorkshopDraft)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        api.MapPost("/{code}/publish", PublishAsync)
            .WithSummary("Publish a draft activity, or validate a partner's proposal.")
            .WithDescription("SR-13: refused with 409 publication-incomplete unless the entry has its family, dimension, supervision, "
                + "valuation and proof type. Emits CatalogueEntryPublished. A partner's pending proposal is published by a manager holding "
                + "one of its territories (the partner itself gets 403): it becomes a local entry of that manager's organisme; a rejected "
                + "proposal answers 409 proposal-not-pending until the partner revises it.")
            .WithIfMatch().WithResponseExample(StatusCodes.Status200OK, ApiExamples.WorkshopPublished)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{code}/reject", RejectAsync)
            .WithSummary("Reject a partner's proposal, with a reason.")
            .WithDescription("A manager holding one of the proposal's territories turns it down; the partner sees the reason in the entry's "
                + "`proposal` and may revise the proposal, which submits it again. 409 not-a-proposal for an entry no partner proposed, "
                + "409 proposal-not-pending once validated or already rejected.")
            .WithIfMatch().WithRequestExample(ApiExamples.Rejection).WithResponseExample(StatusCodes.Status200OK, ApiExamples.WorkshopDraft)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{code}/archive", ArchiveAsync)
            .WithSummary("Archive an activity: it can no longer be programmed.")
            .WithDescription("Emits CatalogueEntryArchived.")
            .WithIfMatch().WithResponseExample(StatusCodes.Status200OK, ApiExamples.WorkshopArchived)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{code}/versions", VersionsAsync)
            .WithSummary("The version history of an activity, oldest first: who did what, when, and the entry as it became.")
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.Versions)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Created<EntryResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        EntryRequest request, CatalogueDbContext db, CatalogueJournal journal, CurrentUserAccessor caller, TimeProvider clock, HttpContext http,
        CancellationToken ct)
    {
        var user = caller.User;
        var proposer = user.ActingStructure();
        if (!user.IsPlatformOperator() && !user.IsOrganismeManager() && proposer is null)
            return Problems.Forbidden("Only platform operators, managers of an organisme and partners (for their own structure) create entries.");
        if (string.IsNullOrWhiteSpace(request.Code))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["The code is required."] });
        var definition = request.ToDefinition();
        if (EntryRules.Validate(definition) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        if (proposer is { } structure && ProposalRules.Validate(definition, structure, user.Territories) is { Count: > 0 } proposalErrors)
            return TypedResults.ValidationProblem(proposalErrors);

        var code = request.Code.Trim().ToUpperInvariant();
        if (await db.Entries.AnyAsync(e => e.Code == code, ct))
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The code {code} is already taken.",
                extensions: new Dictionary<string, object?> { ["code"] = "duplicate-code" });
        var now = clock.GetUtcNow();
        var entry = proposer is { } partner
            ? CatalogueEntry.Propose(code, definition, partner, user.Subject, now)
            : CatalogueEntry.Draft(code, definition, user.IsPlatformOperator() ? EntryScope.NATIONAL : EntryScope.LOCAL, user.Organisation, user.Subject, now);
        db.Entries.Add(entry);
        if (entry.IsOpenProposal) journal.Proposed(entry, AuditActor.Of(user), now);
        else journal.Created(entry, AuditActor.Of(user), now);
        await db.SaveChangesAsync(ct);
        http.SetETag(entry.Version);
        return TypedResults.Created($"/api/catalogue/entries/{entry.Code}", EntryResponse.From(entry));
    }

    private static async Task<Results<Ok<EntryResponse>, ProblemHttpResult>> GetAsync(
        string code, CatalogueDbContext db, CurrentUserAccessor caller, HttpContext http, CancellationToken ct)
    {
        var entry = await FindAsync(db, code, ct);
        if (entry is null || !caller.User.CanRead(entry)) return Problems.NoEntry(Normalise(code));
        http.SetETag(entry.Version);
        return TypedResults.Ok(EntryResponse.From(entry));
    }

    private static async Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> ReviseAsync(
        string code, EntryRequest request, CatalogueDbContext db, CatalogueJournal journal, CurrentUserAccessor caller, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        var definition = request.ToDefinition();
        if (EntryRules.Validate(definition) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        if (caller.User.ActingStructure() is { } structure && ProposalRules.Validate(definition, structure, caller.User.Territories) is { Count: > 0 } proposalErrors)
            return TypedResults.ValidationProblem(proposalErrors);
        return await ChangeAsync(code, db, caller, clock, http, ct, EntryAccess.CanWrite, (entry, user, now) =>
        {
            var before = CatalogueJournal.Snapshot(entry);
            entry.Revise(definition, user.Subject, now);
            journal.Revised(entry, before, AuditActor.Of(user), now);
        });
    }

    private static Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> PublishAsync(
        string code, CatalogueDbContext db, CatalogueJournal journal, CurrentUserAccessor caller, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        ChangeAsync(code, db, caller, clock, http, ct, EntryAccess.CanPublish, (entry, user, now) =>
        {
            var before = CatalogueJournal.Snapshot(entry);
            if (entry.IsOpenProposal)
            {
                entry.Validate(user.Organisation, user.Subject, now);
                journal.Validated(entry, before, AuditActor.Of(user), now);
                return;
            }
            entry.Publish(user.Subject, now);
            journal.Published(entry, before, AuditActor.Of(user), now);
        });

    private static Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> RejectAsync(
        string code, RejectProposalRequest request, CatalogueDbContext db, CatalogueJournal journal, CurrentUserAccessor caller, TimeProvider clock,
        HttpContext http, CancellationToken ct) =>
        ChangeAsync(code, db, caller, clock, http, ct, (user, entry) => entry.IsOpenProposal ? user.IsReviewerOf(entry) : user.CanWrite(entry),
            (entry, user, now) =>
            {
                var before = CatalogueJournal.Snapshot(entry);
                entry.Reject(request.Reason!, user.Subject, now);
                journal.Rejected(entry, before, AuditActor.Of(user), now);
            });

    private static Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> ArchiveAsync(
        string code, CatalogueDbContext db, CatalogueJournal journal, CurrentUserAccessor caller, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        ChangeAsync(code, db, caller, clock, http, ct, EntryAccess.CanWrite, (entry, user, now) =>
        {
            var before = CatalogueJournal.Snapshot(entry);
            entry.Archive(user.Subject, now);
            journal.Archived(entry, before, AuditActor.Of(user), now);
        });

    private static async Task<Results<Ok<EntryVersionResponse[]>, ProblemHttpResult>> VersionsAsync(
        string code, CatalogueDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        var entry = await FindAsync(db, code, ct);
        if (entry is null || !caller.User.CanRead(entry)) return Problems.NoEntry(Normalise(code));
        var records = await db.Audit.AsNoTracking().Where(a => a.Stream == entry.Code && a.Version != null)
            .OrderBy(a => a.Sequence).ToListAsync(ct);
        return TypedResults.Ok(records.Select(a => new EntryVersionResponse(a.Version!.Value, a.Action, a.At, a.Actor,
            JsonDocument.Parse(a.After!).RootElement.Clone())).ToArray());
    }

    /// <summary>
    /// Loads the entry the caller may change: another organisme's local entry is a 404, a national one a 403; the
    /// proposer and the reviewers of a proposal get a 403 for what is the other's to do.
    /// </summary>
    private static async Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        string code, CatalogueDbContext db, CurrentUserAccessor caller, TimeProvider clock, HttpContext http, CancellationToken ct,
        Func<CurrentUser, CatalogueEntry, bool> may, Action<CatalogueEntry, CurrentUser, DateTimeOffset> change)
    {
        var user = caller.User;
        var entry = await db.Entries.SingleOrDefaultAsync(e => e.Code == Normalise(code), ct);
        if (entry is null || !user.CanRead(entry)) return Problems.NoEntry(Normalise(code));
        if (!may(user, entry))
        {
            if (entry.Scope == EntryScope.NATIONAL) return Problems.NationalEntry(entry.Code);
            if (user.IsProposerOf(entry)) return Problems.ProposalAwaitsReview(entry.Code);
            if (user.IsReviewerOf(entry)) return Problems.ProposalWithThePartner(entry.Code);
            return Problems.NoEntry(entry.Code);
        }
        http.CheckIfMatch(entry.Version);   // a stale If-Match is a 412 before anything changes
        change(entry, user, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        http.SetETag(entry.Version);
        return TypedResults.Ok(EntryResponse.From(entry));
    }

    private static Task<CatalogueEntry?> FindAsync(CatalogueDbContext db, string code, CancellationToken ct) =>
        db.Entries.AsNoTracking().SingleOrDefaultAsync(e => e.Code == Normalise(code), ct);

    private static string Normalise(string code) => code.Trim().ToUpperInvariant();
}
