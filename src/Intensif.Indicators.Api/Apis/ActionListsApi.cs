using Intensif.ServiceDefaults.Time;
using System.Globalization;
using System.Text.RegularExpressions;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// Person-level lists for the managers of an organisme référent (§2.2: its own team only, never a comité): who missed
/// entretiens, whose episode ends soon, whose week stayed under target. Pseudonymous ids only; names stay in Contracts.
/// </summary>
public static partial class ActionListsApi
{
    public static IEndpointRouteBuilder MapActionListsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/indicators/organismes/{organismeId}/action-lists").WithTags("Action lists")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy);
        api.MapGet("/missed-interviews", MissedInterviewsAsync)
            .WithSummary("Persons who missed entretiens in a month")
            .WithDescription("month=yyyy-MM (default: the current month, Europe/Paris). One line per person with the entretiens missed, how many without "
                + "a legitimate reason, the last one, and the référent of their episode. Managers of the organisme only; others get 404.")
            .WithResponseExample(StatusCodes.Status200OK, new ActionListResponse<PersonMissedInterviews>("ft-75-001", "2026-03",
                [new(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"), "referent-12", 2, 1, new DateOnly(2026, 3, 19))]))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/episodes-ending", EpisodesEndingAsync)
            .WithSummary($"Episodes in progress whose planned end is within {ActionLists.EndingWithinDays} days")
            .WithDescription("Sorted by planned end: extend the episode (avenant) or prepare the exit. Managers of the organisme only; others get 404.")
            .WithResponseExample(StatusCodes.Status200OK, new ActionListResponse<EpisodeEndingSoon>("ft-75-001", "2026-03-10",
                [new(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"), "referent-12", new DateOnly(2026, 3, 31), 21, 0)]))
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/weeks-below-target", WeeksBelowTargetAsync)
            .WithSummary("Closed weeks whose realised hours stayed under target")
            .WithDescription("week=yyyy-Www (default: the ISO week before the current one). With the gap reason given at closure. Managers of the organisme only; others get 404.")
            .WithResponseExample(StatusCodes.Status200OK, new ActionListResponse<WeekBelowTarget>("ft-75-001", "2026-W10",
                [new(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"), "referent-12", "2026-W10", 15m, 9.5m, "ILLNESS")]))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<ActionListResponse<PersonMissedInterviews>>, ValidationProblem, ProblemHttpResult>> MissedInterviewsAsync(
        string organismeId, string? month, IndicatorsDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IsManagerOf(caller, organismeId)) return NotFound();
        var today = ParisTime.DayOf(clock.GetUtcNow());
        var first = new DateOnly(today.Year, today.Month, 1);
        if (month is not null && !ReportingPeriod.TryParseMonth(month, out first))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["month"] = ["A month as yyyy-MM."] });
        var period = ReportingPeriod.MonthOf(first);

        var (from, to) = (Instant(period.FirstDay.AddDays(-1)), Instant(period.LastDay.AddDays(2)));
        var interviews = await db.InterviewOutcomes.AsNoTracking()
            .Where(i => i.OrganismeId == organismeId && !i.Held && i.ScheduledAt >= from && i.ScheduledAt < to).ToListAsync(cancellationToken);
        var people = interviews.Select(i => i.BeneficiaryId).Distinct().ToList();
        var data = await DataOfPeopleAsync(db, organismeId, people, interviews, [], cancellationToken);
        return TypedResults.Ok(new ActionListResponse<PersonMissedInterviews>(organismeId, period.ToString(), ActionLists.MissedInterviews(data, period)));
    }

    private static async Task<Results<Ok<ActionListResponse<EpisodeEndingSoon>>, ProblemHttpResult>> EpisodesEndingAsync(
        string organismeId, IndicatorsDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IsManagerOf(caller, organismeId)) return NotFound();
        var today = ParisTime.DayOf(clock.GetUtcNow());
        var horizon = today.AddDays(ActionLists.EndingWithinDays);
        var people = await db.IntensiveEpisodes.AsNoTracking()
            .Where(e => e.OrganismeId == organismeId && e.StartDate <= today && (e.EndedOn == null || e.EndedOn > today)
                && e.PlannedEndDate >= today && e.PlannedEndDate <= horizon)
            .Select(e => e.PseudonymousBeneficiaryId).Distinct().ToListAsync(cancellationToken);
        var data = await DataOfPeopleAsync(db, organismeId, people, [], [], cancellationToken);
        return TypedResults.Ok(new ActionListResponse<EpisodeEndingSoon>(organismeId, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ActionLists.EndingSoon(data, today)));
    }

    private static async Task<Results<Ok<ActionListResponse<WeekBelowTarget>>, ValidationProblem, ProblemHttpResult>> WeeksBelowTargetAsync(
        string organismeId, string? week, IndicatorsDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IsManagerOf(caller, organismeId)) return NotFound();
        var lastWeek = ParisTime.DayOf(clock.GetUtcNow()).AddDays(-7).ToDateTime(TimeOnly.MinValue);
        week ??= $"{ISOWeek.GetYear(lastWeek):D4}-W{ISOWeek.GetWeekOfYear(lastWeek):D2}";
        if (IsoWeekPattern().Match(week) is not { Success: true } m || int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is var n
            && (n < 1 || n > ISOWeek.GetWeeksInYear(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["week"] = ["An ISO week as yyyy-Www, e.g. 2026-W09."] });

        var weeks = await db.ClosedWeeks.AsNoTracking().Where(w => w.OrganismeId == organismeId && w.IsoWeek == week
            && w.RealisedHours < w.TargetHours).ToListAsync(cancellationToken);
        var data = await DataOfPeopleAsync(db, organismeId, [.. weeks.Select(w => w.BeneficiaryId).Distinct()], [], weeks, cancellationToken);
        return TypedResults.Ok(new ActionListResponse<WeekBelowTarget>(organismeId, week, ActionLists.WeeksBelowTarget(data, week)));
    }

    /// <summary>The episodes and passations of the listed people within the organisme, for their current référent.</summary>
    private static async Task<IndicatorData> DataOfPeopleAsync(IndicatorsDbContext db, string organismeId, List<Guid> people,
        IReadOnlyCollection<InterviewOutcome> interviews, IReadOnlyCollection<ClosedWeek> weeks, CancellationToken cancellationToken) => new()
    {
        Episodes = await db.IntensiveEpisodes.AsNoTracking()
            .Where(e => e.OrganismeId == organismeId && people.Contains(e.PseudonymousBeneficiaryId)).ToListAsync(cancellationToken),
        ReferentChanges = await db.ReferentChanges.AsNoTracking()
            .Where(c => c.OrganismeId == organismeId && people.Contains(c.BeneficiaryId)).ToListAsync(cancellationToken),
        Interviews = interviews,
        Weeks = weeks,
    };

    private static bool IsManagerOf(CurrentUserAccessor caller, string organismeId) =>
        caller.User is { Role: PlatformRoles.Manager, OrganisationKind: PlatformRoles.KindOrganisme } user && user.Organisation == organismeId;

    private static DateTimeOffset Instant(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No action lists for this organisme among those you can see.");

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex IsoWeekPattern();
}
