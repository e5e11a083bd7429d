using Intensif.ServiceDefaults.Time;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// Issue 7 §3, costing: realised hours × the activity's hourly cost on the activity's day, for the managers of an
/// organisme, per pseudonymous beneficiary, contract, partner, funder, partner convention or month. Hours with no known cost are counted apart.
/// </summary>
public static class CostsApi
{
    public static IEndpointRouteBuilder MapCostsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/indicators").WithTags("Indicators").RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapGet("/organismes/{organismeId}/costs", GetAsync)
            .WithSummary("Costing: realised hours × hourly cost per beneficiary, contract, partner, funder, partner convention or month; the organisme's managers only")
            .WithDescription("Query: by (beneficiary, contract, partner, funder, convention, month; default month), from/to (yyyy-MM, at most 36 months; default the last twelve), "
                + "format (json, csv), separator (comma, semicolon) and decimal (point, comma) for csv. An activity counts on its booked day (Europe/Paris) at the "
                + "hourly cost valid that day; hours no cost covers are uncosted hours, never valued at zero; an activity with several funders is split equally "
                + "between them. By convention, a partner's activity goes to the funders of its structure's conventions in force that day (NO_CONVENTION when none, "
                + "UNKNOWN while its conventions are not known, NONE without a partner). Beneficiaries are pseudonymous ids. Others get 404.")
            .WithResponseExample(StatusCodes.Status200OK, Example())
            .Produces(StatusCodes.Status200OK, contentType: CsvExport.ContentType)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<CostsResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetAsync(
        string organismeId, string? by, string? from, string? to, string? format, string? separator, string? @decimal,
        IndicatorsDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (user.Role != PlatformRoles.Manager || user.Organisation != organismeId)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No costing for this organisme among those you can see.");
        by ??= "month";
        var (export, errors) = ExportOptions.Read(format, separator, @decimal);
        if (export.Format == ExportOptions.Series) errors["format"] = ["One of json, csv."];
        if (!Costing.Keys.Contains(by)) errors["by"] = [$"One of {string.Join(", ", Costing.Keys)}."];
        var (_, periods) = PeriodQuery.Read(null, from, to, ParisTime.DayOf(clock.GetUtcNow()), errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var (firstDay, lastDay) = (periods[0].FirstDay, periods[^1].LastDay);
        // a day wider on each side for Paris time; the domain keeps the exact days
        var (first, last) = (new DateTimeOffset(firstDay.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            new DateTimeOffset(lastDay.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var assignments = await db.ActivityAssignments.AsNoTracking()
            .Where(a => a.OrganismeId == organismeId && a.RealisedHours > 0 && a.PlannedStart >= first && a.PlannedStart < last).ToListAsync(cancellationToken);
        var codes = assignments.Select(a => a.EntryCode).Distinct().ToList();
        var sessionIds = assignments.Where(a => a.SessionId != null).Select(a => a.SessionId!.Value).Distinct().ToList();
        var episodeIds = assignments.Select(a => a.EpisodeId).Distinct().ToList();
        var costs = await db.ActivityCosts.AsNoTracking().Where(c => codes.Contains(c.EntryCode)).ToListAsync(cancellationToken);
        var sessions = await db.PartnerSessions.AsNoTracking().Where(s => sessionIds.Contains(s.SessionId)).ToListAsync(cancellationToken);
        var episodes = await db.IntensiveEpisodes.AsNoTracking().Where(e => episodeIds.Contains(e.EpisodeId)).ToListAsync(cancellationToken);
        var structureIds = sessions.Select(x => x.StructureId).Concat(assignments.Where(a => a.StructureId != null).Select(a => a.StructureId!.Value)).Distinct().ToList();
        var conventions = by != "convention" ? [] : await db.Set<StructureConventions>().AsNoTracking()
            .Where(c => structureIds.Contains(c.StructureId)).ToListAsync(cancellationToken);

        var rows = Costing.Compute(assignments, costs, sessions, episodes, firstDay, lastDay, by, conventions);
        var response = new CostsResponse(IndicatorScope.OfOrganisme(organismeId).ToString(), by, periods[0].ToString(), periods[^1].ToString(), rows, Costing.Total(rows));
        if (export.Format != ExportOptions.Csv) return TypedResults.Ok(response);
        return TypedResults.File(CostsCsv.Write(response, export), CsvExport.ContentType, $"costs_{by}_{organismeId}_{response.From}_{response.To}.csv");
    }

    private static CostsResponse Example() => new("organisme:ft-75-001", "funder", "2026-03", "2026-03",
        [new("CD75", 21.5m, 18m, 3.5m, 693m), new("FSE+", 9.5m, 9.5m, 0m, 365.75m)], new("TOTAL", 31m, 27.5m, 3.5m, 1058.75m));
}
