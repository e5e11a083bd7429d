using Intensif.ServiceDefaults.OpenApi;
using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>Local forfaits of national entries, by organisme or by territory, without touching the national entry.</summary>
public static class LocalValuationsApi
{
    public static RouteGroupBuilder MapLocalValuationsApi(this RouteGroupBuilder api)
    {
        api.MapPut("/{code}/local-valuations/organisme", (string code, LocalValuationRequest request, CatalogueDbContext db,
                CatalogueJournal journal, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct) =>
                SetAsync(code, request, OverrideScope.ORGANISME, caller.User.Organisation, db, journal, caller, clock, ct))
            .WithSummary("Set my organisme's forfait and caps for a national activity.")
            .WithDescription("Managers of an organisme. Used by valuations asked by users of that organisme; the national entry is unchanged.")
            .WithRequestExample(ApiExamples.LocalValuation).WithResponseExample(StatusCodes.Status200OK, ApiExamples.LocalValuationSet)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{code}/local-valuations/territories/{territory}", (string code, string territory, LocalValuationRequest request,
                CatalogueDbContext db, CatalogueJournal journal, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct) =>
                SetAsync(code, request, OverrideScope.TERRITORY, territory.Trim().ToUpperInvariant(), db, journal, caller, clock, ct))
            .WithSummary("Set a territory's forfait and caps for a national activity.")
            .WithDescription("Managers of an organisme holding that département in their token. An organisme's own value wins over its territory's.")
            .WithRequestExample(ApiExamples.LocalValuation).WithResponseExample(StatusCodes.Status200OK, ApiExamples.LocalValuationSet)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<LocalValuationResponse>, ValidationProblem, ProblemHttpResult>> SetAsync(
        string code, LocalValuationRequest request, OverrideScope kind, string scopeValue, CatalogueDbContext db,
        CatalogueJournal journal, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct)
    {
        var user = caller.User;
        if (!user.IsOrganismeManager())
            return Problems.Forbidden("Only managers of an organisme set local valuations.");
        if (kind == OverrideScope.TERRITORY && !user.Territories.Contains(scopeValue))
            return Problems.Forbidden($"Territory {scopeValue} is not one of yours.");
        var normalised = code.Trim().ToUpperInvariant();
        var entry = await db.Entries.AsNoTracking().SingleOrDefaultAsync(e => e.Code == normalised, ct);
        if (entry is null || !user.CanRead(entry)) return Problems.NoEntry(normalised);

        var now = clock.GetUtcNow();
        var local = await db.LocalValuations.SingleOrDefaultAsync(l => l.EntryCode == entry.Code && l.ScopeKind == kind && l.ScopeValue == scopeValue, ct);
        var before = local is null ? null : CatalogueJournal.Snapshot(LocalValuationResponse.From(local));
        if (local is null) db.LocalValuations.Add(local = LocalValuation.For(entry, kind, scopeValue, now));
        var rule = local.Set(entry, request.ForfaitHours, request.MaxHoursPerWeek, request.MaxOccurrencesPerWeek, user.Subject, now);
        if (EntryRules.Validate(rule) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        journal.LocalValuationSet(local, before, AuditActor.Of(user), now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(LocalValuationResponse.From(local));
    }
}
