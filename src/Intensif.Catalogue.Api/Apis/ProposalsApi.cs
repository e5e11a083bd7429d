using Intensif.ServiceDefaults.OpenApi;
using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>Partners' proposals: a partner follows its own, a manager reviews those of its territories.</summary>
public static class ProposalsApi
{
    public static IEndpointRouteBuilder MapProposalsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/catalogue/proposals", ListAsync).WithTags("Fichier métier")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .WithSummary("Entries proposed by partners, with where each proposal stands.")
            .WithDescription("A partner sees the proposals of its own structure (pending, rejected with the reason, validated); a manager of an "
                + "organisme sees the proposals naming one of its territories that await a decision and those its organisme validated; an "
                + "operator sees every proposal. Filter with status (PENDING, VALIDATED, REJECTED). Ordered by code; limit 1–100 "
                + "(default 20); cursor from the previous page's nextCursor. Other roles get 403.")
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.SearchResults)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<Results<Ok<SearchPage>, ValidationProblem, ProblemHttpResult>> ListAsync(
        CatalogueDbContext db, CurrentUserAccessor caller, CancellationToken ct,
        ProposalStatus? status = null, string? cursor = null, int limit = 20)
    {
        if (limit is < 1 or > 100)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Between 1 and 100."] });
        string? after = null;
        if (!string.IsNullOrEmpty(cursor) && (after = DecodeCursor(cursor)) is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = ["Not a cursor of this list."] });

        var user = caller.User;
        var proposals = db.Entries.AsNoTracking().Where(e => e.ProposedBy != null);
        if (user.ActingStructure() is { } structure)
            proposals = proposals.Where(e => e.ProposedBy == structure);
        else if (user.IsOrganismeManager())
        {
            var (organisation, territories) = (user.Organisation, user.Territories.ToArray());
            proposals = proposals.Where(e => e.OwnerOrganisation == organisation
                || (e.OwnerOrganisation == null && e.Territories.Any(t => territories.Contains(t))));
        }
        else if (!user.IsPlatformOperator())
            return Problems.Forbidden("Partners follow their proposals; managers and operators review them.");

        if (status is not null) proposals = proposals.Where(e => e.ProposalStatus == status);
        if (after is not null) proposals = proposals.Where(e => string.Compare(e.Code, after) > 0);
        var page = await proposals.OrderBy(e => e.Code).Take(limit + 1).ToListAsync(ct);
        var items = page.Take(limit).Select(EntryResponse.From).ToArray();
        return TypedResults.Ok(new SearchPage(items, page.Count > limit ? PageCursor.Encode("proposal:" + items[^1].Code) : null));
    }

    private static string? DecodeCursor(string cursor) =>
        PageCursor.Decode(cursor) is { } text && text.StartsWith("proposal:", StringComparison.Ordinal) ? text["proposal:".Length..] : null;
}
