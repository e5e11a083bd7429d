using System.Text.Json;
using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
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
            .WithDescription("An operator of the platform creates a national entry; a manager creates a local entry of their organisme. "
                + "The draft may lack the SR-13 fields (family, dimension, supervision, valuation, proof type) until publication.")
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Manager, PlatformRoles.Operator))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{code}", GetAsync)
            .WithSummary("One activity by its code.")
            .WithDescription("Published entries for every user; drafts and archives only for whoever may change them (404 otherwise).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{code}", ReviseAsync)
            .WithSummary("Revise an activity (a new version).")
            .WithDescription("Replaces every stated field. A published entry must keep the SR-13 fields and emits CatalogueEntryUpdated.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        api.MapPost("/{code}/publish", PublishAsync)
            .WithSummary("Publish a draft activity.")
            .WithDescription("SR-13: refused with 409 publication-incomplete unless the entry has its family, dimension, supervision, "
                + "valuation and proof type. Emits CatalogueEntryPublished.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{code}/archive", ArchiveAsync)
            .WithSummary("Archive an activity: it can no longer be programmed.")
            .WithDescription("Emits CatalogueEntryArchived.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{code}/versions", VersionsAsync)
            .WithSummary("The version history of an activity, oldest first: who did what, when, and the entry as it became.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Created<EntryResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        EntryRequest request, CatalogueDbContext db, CatalogueJournal journal, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct)
    {
        var user = caller.User;
        var scope = user.IsPlatformOperator() ? EntryScope.NATIONAL : EntryScope.LOCAL;
        if (scope == EntryScope.LOCAL && !user.IsOrganismeManager())
            return Problems.Forbidden("Only platform operators and managers of an organisme create entries.");
        if (string.IsNullOrWhiteSpace(request.Code))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["The code is required."] });
        var definition = request.ToDefinition();
        if (EntryRules.Validate(definition) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);

        var code = request.Code.Trim().ToUpperInvariant();
        if (await db.Entries.AnyAsync(e => e.Code == code, ct))
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The code {code} is already taken.",
                extensions: new Dictionary<string, object?> { ["code"] = "duplicate-code" });
        var now = clock.GetUtcNow();
        var entry = CatalogueEntry.Draft(code, definition, scope, user.Organisation, user.Subject, now);
        db.Entries.Add(entry);
        journal.Created(entry, user.Subject, user.Organisation, now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/catalogue/entries/{entry.Code}", EntryResponse.From(entry));
    }

    private static async Task<Results<Ok<EntryResponse>, ProblemHttpResult>> GetAsync(
        string code, CatalogueDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        var entry = await FindAsync(db, code, ct);
        return entry is not null && caller.User.CanRead(entry) ? TypedResults.Ok(EntryResponse.From(entry)) : Problems.NoEntry(Normalise(code));
    }

    private static async Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> ReviseAsync(
        string code, EntryRequest request, CatalogueDbContext db, CatalogueJournal journal, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct)
    {
        var definition = request.ToDefinition();
        if (EntryRules.Validate(definition) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        return await ChangeAsync(code, db, caller, clock, ct, (entry, user, now) =>
        {
            var before = CatalogueJournal.Snapshot(entry);
            entry.Revise(definition, user.Subject, now);
            journal.Revised(entry, before, user.Subject, user.Organisation, now);
        });
    }

    private static Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> PublishAsync(
        string code, CatalogueDbContext db, CatalogueJournal journal, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(code, db, caller, clock, ct, (entry, user, now) =>
        {
            var before = CatalogueJournal.Snapshot(entry);
            entry.Publish(user.Subject, now);
            journal.Published(entry, before, user.Subject, user.Organisation, now);
        });

    private static Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> ArchiveAsync(
        string code, CatalogueDbContext db, CatalogueJournal journal, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(code, db, caller, clock, ct, (entry, user, now) =>
        {
            var before = CatalogueJournal.Snapshot(entry);
            entry.Archive(user.Subject, now);
            journal.Archived(entry, before, user.Subject, user.Organisation, now);
        });

    private static async Task<Results<Ok<EntryVersionResponse[]>, ProblemHttpResult>> VersionsAsync(
        string code, CatalogueDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        var entry = await FindAsync(db, code, ct);
        if (entry is null || !caller.User.CanRead(entry)) return Problems.NoEntry(Normalise(code));
        var records = await db.Audit.AsNoTracking().Where(a => a.EntryCode == entry.Code && a.Version != null)
            .OrderBy(a => a.Id).ToListAsync(ct);
        return TypedResults.Ok(records.Select(a => new EntryVersionResponse(a.Version!.Value, a.Action, a.At, a.Actor,
            JsonDocument.Parse(a.After!).RootElement.Clone())).ToArray());
    }

    /// <summary>Loads the entry the caller may change: another organisme's local entry is a 404, a national one a 403.</summary>
    private static async Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        string code, CatalogueDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct,
        Action<CatalogueEntry, CurrentUser, DateTimeOffset> change)
    {
        var user = caller.User;
        var entry = await db.Entries.SingleOrDefaultAsync(e => e.Code == Normalise(code), ct);
        if (entry is null || !user.CanRead(entry) || (!user.CanWrite(entry) && entry.Scope == EntryScope.LOCAL))
            return Problems.NoEntry(Normalise(code));
        if (!user.CanWrite(entry)) return Problems.NationalEntry(entry.Code);
        change(entry, user, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(EntryResponse.From(entry));
    }

    private static Task<CatalogueEntry?> FindAsync(CatalogueDbContext db, string code, CancellationToken ct) =>
        db.Entries.AsNoTracking().SingleOrDefaultAsync(e => e.Code == Normalise(code), ct);

    private static string Normalise(string code) => code.Trim().ToUpperInvariant();
}
