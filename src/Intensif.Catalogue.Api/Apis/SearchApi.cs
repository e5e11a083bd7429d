using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
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
                + "dimension, supervision, status (PUBLISHED by default; DRAFT or ARCHIVED only return what the caller may change). "
                + "Ordered by code; limit 1–100 (default 20); cursor from the previous page's nextCursor.")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Results<Ok<SearchPage>, ValidationProblem>> SearchAsync(
        CatalogueDbContext db, CurrentUserAccessor caller, CancellationToken ct,
        string? q = null, string? territory = null, string? theme = null, int? family = null, Dimension? dimension = null,
        Supervision? supervision = null, EntryStatus status = EntryStatus.PUBLISHED, string? cursor = null, int limit = 20)
    {
        if (limit is < 1 or > 100)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Between 1 and 100."] });
        if (family is < 1 or > 6)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["family"] = ["R.5411-15 families are numbered 1 to 6."] });
        if (string.IsNullOrEmpty(cursor)) cursor = null;   // "cursor=" is the first page
        if (cursor is not null && DecodeCursor(cursor) is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = ["Not a cursor of this search."] });

        var query = db.Entries.AsNoTracking().VisibleTo(caller.User).Where(e => e.Status == status);
        if (!string.IsNullOrWhiteSpace(q))
            query = query.Where(e => EF.Property<NpgsqlTsVector>(e, CatalogueDbContext.SearchVector)
                .Matches(EF.Functions.WebSearchToTsQuery(CatalogueDbContext.SearchConfiguration, q)));
        if (!string.IsNullOrWhiteSpace(territory))
        {
            string[] wanted = [territory.Trim().ToUpperInvariant()];
            query = query.Where(e => e.Territories.Length == 0 || e.Territories.Any(t => wanted.Contains(t)));
        }
        if (!string.IsNullOrWhiteSpace(theme))
        {
            string[] wanted = [theme.Trim()];
            query = query.Where(e => e.Themes.Any(t => wanted.Contains(t)));
        }
        if (family is not null) query = query.Where(e => e.Family == family);
        if (dimension is not null) query = query.Where(e => e.Dimension == dimension);
        if (supervision is not null) query = query.Where(e => e.Supervision == supervision);
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
