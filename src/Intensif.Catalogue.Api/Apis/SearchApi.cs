using Intensif.ServiceDefaults.OpenApi;
using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>Search of the fichier métier: French full text without accents, filters, cursor pagination by code.</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/", SearchAsync)
            .WithSummary("Search the activities of the fichier métier.")
            .WithDescription("q: French full text over label, description and category, insensitive to accents and stemmed "
                + "(\"atelier numerique\" finds \"Ateliers numériques\"); websearch syntax (quotes, -word, or). "
                + "Filters: territory (entries of that département and national ones), theme (data·inclusion thématique), family (1–6), "
                + "dimension, supervision, public (a data·inclusion public: entries open to it, to tous-publics, or stating no public), "
                + "age (16–99: entries whose age bounds include it), freeSeats=true and from/to (entries with a session to come, in the "
                + "territory when one is given, starting in [from, to), with a seat left when freeSeats), "
                + "status (PUBLISHED by default; DRAFT or ARCHIVED only return what the caller may change or review). "
                + "Ordered by code; limit 1–100 (default 20); cursor from the previous page's nextCursor.")
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.SearchResults)
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Results<Ok<SearchPage>, ValidationProblem>> SearchAsync(
        CatalogueDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken ct,
        string? q = null, string? territory = null, string? theme = null, int? family = null, Dimension? dimension = null,
        Supervision? supervision = null, [FromQuery(Name = "public")] string? audience = null, int? age = null, bool freeSeats = false,
        DateTimeOffset? from = null, DateTimeOffset? to = null,
        EntryStatus status = EntryStatus.PUBLISHED, string? cursor = null, int limit = 20)
    {
        if (limit is < 1 or > 100)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Between 1 and 100."] });
        if (family is < 1 or > 6)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["family"] = ["R.5411-15 families are numbered 1 to 6."] });
        if (!string.IsNullOrWhiteSpace(audience) && !DataInclusionVocabulary.Publics.Contains(audience.Trim()))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["public"] = [$"'{audience}' is not a data·inclusion public."] });
        if (age is < 16 or > 99)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["age"] = ["An age between 16 and 99."] });
        if (from >= to)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["After from."] });
        if (string.IsNullOrEmpty(cursor)) cursor = null;   // "cursor=" is the first page
        if (cursor is not null && DecodeCursor(cursor) is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = ["Not a cursor of this search."] });

        var query = db.Entries.AsNoTracking().VisibleTo(caller.User).Where(e => e.Status == status);
        if (!string.IsNullOrWhiteSpace(q))
            query = query.Where(e => EF.Property<NpgsqlTsVector>(e, CatalogueDbContext.SearchVector)
                .Matches(EF.Functions.WebSearchToTsQuery(CatalogueDbContext.SearchConfiguration, q)));
        if (!string.IsNullOrWhiteSpace(territory))
        {
            // entries of that département or of everywhere ("*", set by the trigger): one GIN overlap
            string[] wanted = [territory.Trim().ToUpperInvariant(), CatalogueDbContext.Everywhere];
            query = query.Where(e => EF.Property<string[]>(e, CatalogueDbContext.SearchTerritories).Any(t => wanted.Contains(t)));
        }
        if (!string.IsNullOrWhiteSpace(theme))
        {
            string[] wanted = [theme.Trim()];
            query = query.Where(e => e.Themes.Any(t => wanted.Contains(t)));
        }
        if (family is not null) query = query.Where(e => e.Family == family);
        if (dimension is not null) query = query.Where(e => e.Dimension == dimension);
        if (supervision is not null) query = query.Where(e => e.Supervision == supervision);
        if (!string.IsNullOrWhiteSpace(audience))
        {
            // the trigger stores "tous-publics" for an entry stating no public, so one GIN overlap answers
            string[] open = [audience.Trim(), "tous-publics"];
            query = query.Where(e => EF.Property<string[]>(e, CatalogueDbContext.EligiblePublics).Any(p => open.Contains(p)));
        }
        if (age is { } years)
            query = query.Where(e => EF.Property<int>(e, CatalogueDbContext.EligibleAgeMin) <= years
                && EF.Property<int>(e, CatalogueDbContext.EligibleAgeMax) >= years);
        if (freeSeats || from is not null || to is not null)
        {
            // served by the (EntryCode, Start) index of catalogue_sessions
            var since = (from ?? clock.GetUtcNow()).ToUniversalTime();
            var sessions = db.Sessions.Where(s => !s.Cancelled && s.Start >= since);
            if (to?.ToUniversalTime() is { } until) sessions = sessions.Where(s => s.Start < until);
            if (freeSeats) sessions = sessions.Where(s => s.SeatsLeft > 0);
            if (!string.IsNullOrWhiteSpace(territory))
            {
                var place = territory.Trim().ToUpperInvariant();
                sessions = sessions.Where(s => s.Territory == place);
            }
            query = query.Where(e => sessions.Any(s => s.EntryCode == e.Code));
        }
        if (cursor is not null)
        {
            var after = DecodeCursor(cursor)!;
            query = query.Where(e => string.Compare(e.Code, after) > 0);
        }

        var page = await query.OrderBy(e => e.Code).Take(limit + 1).ToListAsync(ct);
        var items = page.Take(limit).Select(EntryResponse.From).ToArray();
        var next = page.Count > limit ? EncodeCursor(items[^1].Code) : null;
        return TypedResults.Ok(new SearchPage(items, next));
    }

    private static string EncodeCursor(string code) => PageCursor.Encode("after:" + code);

    private static string? DecodeCursor(string cursor) =>
        PageCursor.Decode(cursor) is { } text && text.StartsWith("after:", StringComparison.Ordinal) ? text["after:".Length..] : null;
}
