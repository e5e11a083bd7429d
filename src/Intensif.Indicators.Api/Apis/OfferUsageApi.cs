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
/// §5 O5, partner offer usage. Pilots see their territory's sessions (seats offered), the bookings of them and the
/// referrals to them, rows resting on fewer bookings or referrals than the threshold masked; managers see their
/// organisme's bookings of partner sessions and its référents' referrals. JSON, or CSV like the costing.
/// </summary>
public static class OfferUsageApi
{
    private const string Query = "Query: by (entry, partner, theme of the session, territory of the session), period (month, quarter), from/to (yyyy-MM, at most 36 months; default the last twelve). "
        + "A session and its bookings count in the period of the session's day (Europe/Paris); the no-show rate is unjustified absences over recorded attendances. "
        + "Referrals count in the period of the day they were sent (Europe/Paris), under their session's theme and territory; the acceptance rate is accepted over "
        + "answered (accepted, refused or expired). format (json, csv), separator (comma, semicolon) and decimal (point, comma) for csv.";

    public static IEndpointRouteBuilder MapOfferUsageApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/indicators").WithTags("Indicators").RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapGet("/territories/{territory}/offer-usage", ForTerritoryAsync)
            .WithSummary("O5: seats offered, booked, attended and no-shows of a territory's partner sessions; its pilots only")
            .WithDescription("Rows with fewer bookings than the threshold hide every person count (seats offered stay). Others get 404. " + Query)
            .WithResponseExample(StatusCodes.Status200OK, Example("territory:75", masked: true))
            .Produces<OfferUsageResponse>(StatusCodes.Status200OK, "application/json", CsvExport.ContentType)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/organismes/{organismeId}/offer-usage", ForOrganismeAsync)
            .WithSummary("O5: the organisme's bookings of partner sessions, attended and no-shows; its managers only")
            .WithDescription("Seats offered are a territory figure and are left empty here. Others get 404. " + Query)
            .WithResponseExample(StatusCodes.Status200OK, Example("organisme:ft-75-001", masked: false))
            .Produces<OfferUsageResponse>(StatusCodes.Status200OK, "application/json", CsvExport.ContentType)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<OfferUsageResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ForTerritoryAsync(
        string territory, string? by, string? period, string? from, string? to, string? format, string? separator, string? @decimal,
        IndicatorsDbContext db, CurrentUserAccessor caller, TimeProvider clock, IOptions<IndicatorsOptions> options, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (user.OrganisationKind != PlatformRoles.KindCommittee || user.Role != PlatformRoles.Pilot || !user.Territories.Contains(territory))
            return NotFound();
        var (request, export, errors) = Read(by, period, from, to, format, separator, @decimal, clock);
        if (request is null) return TypedResults.ValidationProblem(errors);

        var (first, last) = Window(request.Value.Periods);
        var sessions = await db.PartnerSessions.AsNoTracking()
            .Where(s => s.Territory == territory && s.Start >= first && s.Start < last).ToListAsync(cancellationToken);
        var ids = sessions.Select(s => (Guid?)s.SessionId).ToList();
        var bookings = await db.ActivityAssignments.AsNoTracking().Where(a => ids.Contains(a.SessionId)).ToListAsync(cancellationToken);
        // referrals sent in the window to a session of the territory, whatever the session's day
        var referrals = await db.Set<PartnerReferral>().AsNoTracking()
            .Where(r => r.SentAt >= first && r.SentAt < last && db.PartnerSessions.Any(s => s.SessionId == r.SessionId && s.Territory == territory))
            .ToListAsync(cancellationToken);
        sessions.AddRange(await SessionsOfAsync(db, referrals, sessions, cancellationToken));
        var rows = OfferUsage.Mask(OfferUsage.Compute(sessions, bookings, request.Value.Periods, request.Value.By, referrals: referrals),
            options.Value.SmallCellThreshold);
        return Answer(Response(IndicatorScope.OfTerritory(territory), request.Value, rows), export, territory);
    }

    private static async Task<Results<Ok<OfferUsageResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ForOrganismeAsync(
        string organismeId, string? by, string? period, string? from, string? to, string? format, string? separator, string? @decimal,
        IndicatorsDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (user.Role != PlatformRoles.Manager || user.Organisation != organismeId) return NotFound();
        var (request, export, errors) = Read(by, period, from, to, format, separator, @decimal, clock);
        if (request is null) return TypedResults.ValidationProblem(errors);

        var (first, last) = Window(request.Value.Periods);
        var bookings = await db.ActivityAssignments.AsNoTracking()
            .Where(a => a.OrganismeId == organismeId && a.SessionId != null && a.PlannedStart >= first && a.PlannedStart < last).ToListAsync(cancellationToken);
        var ids = bookings.Select(a => a.SessionId!.Value).Distinct().ToList();
        var sessions = await db.PartnerSessions.AsNoTracking().Where(s => ids.Contains(s.SessionId)).ToListAsync(cancellationToken);
        var referrals = await db.Set<PartnerReferral>().AsNoTracking()
            .Where(r => r.OrganismeId == organismeId && r.SentAt >= first && r.SentAt < last).ToListAsync(cancellationToken);
        sessions.AddRange(await SessionsOfAsync(db, referrals, sessions, cancellationToken));
        var rows = OfferUsage.Compute(sessions, bookings, request.Value.Periods, request.Value.By, seatsOffered: false, referrals: referrals);
        return Answer(Response(IndicatorScope.OfOrganisme(organismeId), request.Value, rows), export, organismeId);
    }

    /// <summary>The sessions of the referrals not loaded yet (for their theme and territory).</summary>
    private static async Task<List<PartnerSession>> SessionsOfAsync(IndicatorsDbContext db, IReadOnlyCollection<PartnerReferral> referrals,
        IReadOnlyCollection<PartnerSession> loaded, CancellationToken cancellationToken)
    {
        var known = loaded.Select(s => s.SessionId).ToHashSet();
        var missing = referrals.Select(r => r.SessionId).Where(id => !known.Contains(id)).Distinct().ToList();
        return missing.Count == 0 ? [] : await db.PartnerSessions.AsNoTracking().Where(s => missing.Contains(s.SessionId)).ToListAsync(cancellationToken);
    }

    private static Results<Ok<OfferUsageResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> Answer(
        OfferUsageResponse response, ExportOptions export, string scope) =>
        export.Format == ExportOptions.Csv
            ? TypedResults.File(OfferUsageCsv.Write(response, export), CsvExport.ContentType, $"offer-usage_{response.By}_{scope}_{response.From}_{response.To}.csv")
            : TypedResults.Ok(response);

    private static ((string By, Granularity Granularity, IReadOnlyList<ReportingPeriod> Periods)? Request, ExportOptions Export, Dictionary<string, string[]> Errors) Read(
        string? by, string? period, string? from, string? to, string? format, string? separator, string? @decimal, TimeProvider clock)
    {
        var (export, errors) = ExportOptions.Read(format, separator, @decimal);
        if (export.Format == ExportOptions.Series) errors["format"] = ["One of json, csv."];
        by ??= OfferUsage.Keys[0];
        if (!OfferUsage.Keys.Contains(by)) errors["by"] = [$"One of {string.Join(", ", OfferUsage.Keys)}."];
        var (granularity, periods) = PeriodQuery.Read(period, from, to, ParisTime.DayOf(clock.GetUtcNow()), errors);
        return errors.Count > 0 ? (null, export, errors) : ((by, granularity, periods), export, errors);
    }

    /// <summary>The instants around the periods, a day wider on each side for Paris time; the domain keeps the exact days.</summary>
    private static (DateTimeOffset First, DateTimeOffset Last) Window(IReadOnlyList<ReportingPeriod> periods) =>
        (new DateTimeOffset(periods[0].FirstDay.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
         new DateTimeOffset(periods[^1].LastDay.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    private static OfferUsageResponse Response(IndicatorScope scope, (string By, Granularity Granularity, IReadOnlyList<ReportingPeriod> Periods) request,
        IReadOnlyList<OfferUsageRow> rows) =>
        new(scope.ToString(), request.By, request.Granularity == Granularity.Quarter ? "quarter" : "month",
            request.Periods[0].ToString(), request.Periods[^1].ToString(), [.. rows.Where(r => r.Booked != 0 || r.SeatsOffered is > 0 || r.Referrals is { Sent: > 0 })]);

    private static OfferUsageResponse Example(string scope, bool masked) => new(scope, "entry", "month", "2026-03", "2026-03",
        [new("2026-03", "EMP-PMSMP-01", masked ? 24 : null, 18, 15, 3, 11.1m,
            Referrals: new(22, 16, 4, 1, 2, 1, 76.2m, masked ? null : [new("PERSON_DECLINED", 1), new("PUBLIC_NON_ELIGIBLE", 3)])),
         new("2026-03", "SOC-MOB-02", masked ? 12 : null, masked ? null : 3, masked ? null : 3, masked ? null : 0, masked ? null : 0m, masked,
            masked ? null : new(3, 3, 0, 0, 0, 0, 100m, []))]);

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No offer usage for this scope among those you can see.");
}
