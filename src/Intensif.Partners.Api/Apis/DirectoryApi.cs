using Intensif.Partners.Api.Domain;
using Intensif.Partners.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Partners.Api.Apis;

public static class DirectoryApi
{
    private const int DefaultWeeks = 4;
    private const int MaxWeeks = 26;

    public static IEndpointRouteBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/partners/directory", SearchAsync).WithTags("Directory")
            .WithResponseExample(StatusCodes.Status200OK, ApiExamples.DirectoryPage)
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy).AddEndpointFilter<PartnerMembershipFilter>()
            .WithSummary("Search the partner directory")
            .WithDescription("Structures by territory (département code), theme (§3.15) and type (§3.13), each with the seats free in its scheduled sessions starting within `weeks` (default 4, at most 26). `withFreeSeats=true` keeps only structures with at least one free seat in that window. Ordered by name; limit 1–100 (default 20), cursor from the previous page's nextCursor. A partner finds only its own structure.")
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Results<Ok<Page<DirectoryEntryResponse>>, ValidationProblem>> SearchAsync(
        PartnersDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken,
        string? territory = null, string? theme = null, string? type = null, bool? withFreeSeats = null, int? weeks = null,
        string? cursor = null, int limit = ListCursor.DefaultLimit)
    {
        var after = ListCursor.DecodeName(cursor);
        if (ListCursor.Check(limit, cursor, after is not null) is { } invalid) return invalid;
        var errors = new Dictionary<string, string[]>();
        if (territory is not null && !Territories.IsDepartement(territory)) errors["territory"] = ["A département code, e.g. 34."];
        if (theme is not null && !Themes.IsKnown(theme)) errors["theme"] = [$"One of {string.Join(", ", Themes.All)}."];
        if (type is not null && !StructureTypes.IsKnown(type)) errors["type"] = [$"One of {string.Join(", ", StructureTypes.All.Keys)}."];
        if (weeks is < 1 or > MaxWeeks) errors["weeks"] = [$"Between 1 and {MaxWeeks}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var now = clock.GetUtcNow();
        var until = now.AddDays(7 * (weeks ?? DefaultWeeks));
        var structures = db.Structures.AsNoTracking();
        if (caller.User.IsPartner()) { var own = caller.User.ActingStructure(); structures = structures.Where(s => s.Id == own); }
        if (territory is not null) structures = structures.Where(s => s.Territories.Contains(territory));
        if (theme is not null) structures = structures.Where(s => s.Themes.Contains(theme));
        if (type is not null) structures = structures.Where(s => s.Type == type);
        var rows = structures.Select(s => new
        {
            s.Id, s.Name, s.Type, s.Territories, s.Themes, s.Qualiopi, s.PmsmpPrescriptionDelegation,
            FreeSeats = db.Sessions.Where(x => x.StructureId == s.Id && x.Status == SessionStatus.SCHEDULED && x.Start > now && x.Start < until)
                .Sum(x => (int?)x.SeatsLeft) ?? 0,
        });
        if (withFreeSeats == true) rows = rows.Where(e => e.FreeSeats > 0);
        if (after is (var name, var id)) rows = rows.Where(e => string.Compare(e.Name, name) > 0 || (e.Name == name && e.Id.CompareTo(id) > 0));
        var page = await rows.OrderBy(e => e.Name).ThenBy(e => e.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return TypedResults.Ok(ListCursor.PageOf(page, limit,
            e => new DirectoryEntryResponse(e.Id, e.Name, e.Type, e.Territories, e.Themes, e.Qualiopi, e.PmsmpPrescriptionDelegation, e.FreeSeats),
            e => ListCursor.Encode(e.Name, e.Id)));
    }
}
