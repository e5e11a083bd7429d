using Intensif.ServiceDefaults.OpenApi;
using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>The valuation of occurrences for Scheduling and Contracts: the only way an activity becomes hours.</summary>
public static class ValuationsApi
{
    public static IEndpointRouteBuilder MapValuationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/catalogue/valuations", ValueAsync).WithTags("Fichier métier")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .WithSummary("The hours one realised occurrence of a published activity is worth (BR-17).")
            .WithDescription("Applies the entry's valuation (the caller's organisme's local valuation first, then its territory's, then "
                + "the national one) and its caps: not counted, occurrences and hours per week (SR-04), total (BR-35). "
                + "The caller passes what the beneficiary was already credited for the entry this week and in total.")
            .WithRequestExample(ApiExamples.Valuation).WithResponseExample(StatusCodes.Status200OK, ApiExamples.Valued)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<ValuationResponse>, ValidationProblem, ProblemHttpResult>> ValueAsync(
        ValuationRequest request, CatalogueDbContext db, CurrentUserAccessor caller, CancellationToken ct)
    {
        var user = caller.User;
        var code = request.EntryCode!.Trim().ToUpperInvariant();
        var entry = await db.Entries.AsNoTracking().SingleOrDefaultAsync(e => e.Code == code && e.Status == EntryStatus.PUBLISHED, ct);
        if (entry?.Valuation is not { } national) return Problems.NoEntry(code);

        var territory = request.Territory?.Trim().ToUpperInvariant() ?? (user.Territories.Count == 1 ? user.Territories[0] : null);
        var locals = await db.LocalValuations.AsNoTracking().Where(l => l.EntryCode == code
            && ((l.ScopeKind == OverrideScope.ORGANISME && l.ScopeValue == user.Organisation)
                || (l.ScopeKind == OverrideScope.TERRITORY && l.ScopeValue == territory))).ToListAsync(ct);
        var local = locals.FirstOrDefault(l => l.ScopeKind == OverrideScope.ORGANISME) ?? locals.FirstOrDefault();
        var rule = local?.Apply(national) ?? national;

        try
        {
            var occurrence = new Occurrence(request.Units ?? 1, request.ActualHours);
            var soFar = new CreditedSoFar(request.HoursAlreadyThisWeek ?? 0, request.OccurrencesAlreadyThisWeek ?? 0, request.HoursAlreadyInTotal ?? 0);
            var result = Valuation.HoursFor(rule, entry.CountsTowardWeeklyHours, occurrence, soFar);
            return TypedResults.Ok(new ValuationResponse(entry.Code, local?.ScopeKind.ToString() ?? "NATIONAL", ValuationDto.From(rule)!,
                entry.Supervision, result.Hours, result.RawHours, result.AppliedCaps));
        }
        catch (InvalidOccurrenceException invalid)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [invalid.Field] = [invalid.Message] });
        }
    }
}
