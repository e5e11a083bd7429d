using Intensif.ServiceDefaults.Time;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Extensions;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// §5 O5, partner offer usage. Pilots see their territory's sessions (seats offered) and the bookings of them, rows
/// resting on fewer bookings than the threshold masked; managers see their organisme's bookings of partner sessions.
/// </summary>
public static class OfferUsageApi
{
    private const string Query = "Query: by (entry, partner, theme of the session, territory of the session), period (month, quarter), from/to (yyyy-MM, at most 36 months; default the last twelve). "
        + "A session and its bookings count in the period of the session's day (Europe/Paris); the no-show rate is unjustified absences over recorded attendances.";

    public static IEndpointRouteBuilder MapOfferUsageApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/indicators").WithTags("Indicators").RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapGet("/territories/{territory}/offer-usage", ForTerritoryAsync)
            .WithSummary("O5: seats offered, booked, attended and no-shows of a territory's partner sessions; its pilots only")
            .WithDescription("Rows with fewer bookings than the threshold hide every person count (seats offered stay). Others get 404. " + Query)
            .WithResponseExample(StatusCodes.Status200OK, Example("territory:75", masked: true))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/organismes/{organismeId}/offer-usage", ForOrganismeAsync)
            .WithSummary("O5: the organisme's bookings of partner sessions, attended and no-shows; its managers only")
            .WithDescription("Seats offered are a territory figure and are left empty here. Others get 404. " + Query)
            .WithResponseExample(StatusCodes.Status200OK, Example("organisme:ft-75-001", masked: false))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<OfferUsageResponse>, ValidationProblem, ProblemHttpResult>> ForTerritoryAsync(
        string territory, string? by, string? period, string? from, string? to, IndicatorsDbContext db, CurrentUserAccessor caller,
        TimeProvider clock, IOptions<IndicatorsOptions> options, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (user.OrganisationKind != PlatformRoles.KindCommittee || user.Role != PlatformRoles.Pilot || !user.Territories.Contains(territory))
            return NotFound();
        var (request, errors) = Read(by, period, from, to, clock);
        if (request is null) return TypedResults.ValidationProblem(errors);

        var (first, last) = Window(request.Value.Periods);
        var sessions = await db.PartnerSessions.AsNoTracking()
            .Where(s => s.Territory == territory && s.Start >= first && s.Start < last).ToListAsync(cancellationToken);
        var ids = sessions.Select(s => (Guid?)s.SessionId).ToList();
        var bookings = await db.ActivityAssignments.AsNoTracking().Where(a => ids.Contains(a.SessionId)).ToListAsync(cancellationToken);
        var rows = OfferUsage.Mask(OfferUsage.Compute(sessions, bookings, request.Value.Periods, request.Value.By), options.Value.SmallCellThreshold);
        return TypedResults.Ok(Response(IndicatorScope.OfTerritory(territory), request.Value, rows));
    }

    private static async Task<Results<Ok<OfferUsageResponse>, ValidationProblem, ProblemHttpResult>> ForOrganismeAsync(
        string organismeId, string? by, string? period, string? from, string? to, IndicatorsDbContext db, CurrentUserAccessor caller,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (user.Role != PlatformRoles.Manager || user.Organisation != organismeId) return NotFound();
        var (request, errors) = Read(by, period, from, to, clock);
        if (request is null) return TypedResults.ValidationProblem(errors);

        var (first, last) = Window(request.Value.Periods);
        var bookings = await db.ActivityAssignments.AsNoTracking()
            .Where(a => a.OrganismeId == organismeId && a.SessionId != null && a.PlannedStart >= first && a.PlannedStart < last).ToListAsync(cancellationToken);
        var ids = bookings.Select(a => a.SessionId!.Value).Distinct().ToList();
        var sessions = await db.PartnerSessions.AsNoTracking().Where(s => ids.Contains(s.SessionId)).ToListAsync(cancellationToken);
        var rows = OfferUsage.Compute(sessions, bookings, request.Value.Periods, request.Value.By, seatsOffered: false);
        return TypedResults.Ok(Response(IndicatorScope.OfOrganisme(organismeId), request.Value, rows));
    }

    private static ((string By, Granularity Granularity, IReadOnlyList<ReportingPeriod> Periods)? Request, Dictionary<string, string[]> Errors) Read(
        string? by, string? period, string? from, string? to, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        by ??= OfferUsage.Keys[0];
        if (!OfferUsage.Keys.Contains(by)) errors["by"] = [$"One of {string.Join(", ", OfferUsage.Keys)}."];
        var (granularity, periods) = PeriodQuery.Read(period, from, to, ParisTime.DayOf(clock.GetUtcNow()), errors);
        return errors.Count > 0 ? (null, errors) : ((by, granularity, periods), errors);
    }

    /// <summary>The instants around the periods, a day wider on each side for Paris time; the domain keeps the exact days.</summary>
    private static (DateTimeOffset First, DateTimeOffset Last) Window(IReadOnlyList<ReportingPeriod> periods) =>
        (new DateTimeOffset(periods[0].FirstDay.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
         new DateTimeOffset(periods[^1].LastDay.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    private static OfferUsageResponse Response(IndicatorScope scope, (string By, Granularity Granularity, IReadOnlyList<ReportingPeriod> Periods) request,
        IReadOnlyList<OfferUsageRow> rows) =>
        new(scope.ToString(), request.By, request.Granularity == Granularity.Quarter ? "quarter" : "month",
            request.Periods[0].ToString(), request.Periods[^1].ToString(), [.. rows.Where(r => r.Booked != 0 || r.SeatsOffered is > 0)]);

    private static OfferUsageResponse Example(string scope, bool masked) => new(scope, "entry", "month", "2026-03", "2026-03",
        [new("2026-03", "EMP-PMSMP-01", masked ? 24 : null, 18, 15, 3, 11.1m), new("2026-03", "SOC-MOB-02", masked ? 12 : null, masked ? null : 3, masked ? null : 3, masked ? null : 0, masked ? null : 0m, masked)]);

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No offer usage for this scope among those you can see.");
}
