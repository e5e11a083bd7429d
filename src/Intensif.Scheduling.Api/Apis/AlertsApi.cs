using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>The référent's alerts over the people they follow (AlertRules).</summary>
public static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scheduling/alerts", ListAsync).WithTags("Programme hebdomadaire")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent))
            .WithSummary("Today's alerts for the people the référent follows in an open intensive episode.")
            .WithDescription("week-below-target: the last finished ISO week realised less than its target (BR-16); interviews-missing: "
                + "fewer held entretiens this calendar month than SR-02 requires, pro-rated on the episode's days in the month; "
                + "episode-ending: the planned end is within 30 days (SR-06). Dates are Europe/Paris.")
            .Produces<AlertsResponse>().WithResponseExample(StatusCodes.Status200OK, ApiExamples.Alerts);
        return app;
    }

    private static async Task<AlertsResponse> ListAsync(SchedulingDbContext db, CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(ParisTime.ToParis(now));
        var lastWeek = IsoWeek.Of(today.AddDays(-7));
        var month = CalendarMonth.Of(now);

        var episodes = await db.Episodes.AsNoTracking()
            .Where(e => e.OrganismeId == user.Organisation && e.ReferentId == user.Subject && e.EndedOn == null)
            .OrderBy(e => e.StartDate).ThenBy(e => e.EpisodeId).ToListAsync(cancellationToken);
        var people = episodes.Select(e => e.BeneficiaryId).ToList();
        var week = lastWeek.ToString();
        var assignments = (await db.Assignments.AsNoTracking().Where(a => people.Contains(a.BeneficiaryId) && a.Week == week).ToListAsync(cancellationToken))
            .ToLookup(a => a.BeneficiaryId);
        var closures = await db.WeekClosures.AsNoTracking().Where(w => people.Contains(w.BeneficiaryId) && w.Week == week)
            .ToDictionaryAsync(w => w.BeneficiaryId, cancellationToken);
        var (monthStart, monthEnd) = (month.Start, month.End);
        var interviews = (await db.Interviews.AsNoTracking()
                .Where(i => people.Contains(i.BeneficiaryId) && i.OrganismeId == user.Organisation && i.ScheduledAt >= monthStart && i.ScheduledAt < monthEnd).ToListAsync(cancellationToken))
            .ToLookup(i => i.BeneficiaryId);

        var alerts = new List<ReferentAlert>();
        foreach (var episode in episodes)
        {
            // a closed week keeps the figures it was closed with; an open one is computed now
            var closure = closures.GetValueOrDefault(episode.BeneficiaryId);
            var ledger = WeeklyLedger.Compute(episode.TargetWeeklyHours, assignments[episode.BeneficiaryId].Select(LedgerLine.From));
            var (realised, target) = closure is null ? (ledger.RealisedHours, ledger.TargetHours) : (closure.RealisedHours, closure.TargetHours);
            var compliance = InterviewCompliance.Assess(month, episode.ActiveDaysIn(month), interviews[episode.BeneficiaryId]);
            alerts.AddRange(AlertRules.For(episode, lastWeek, realised, target, month, compliance, today));
        }
        return new AlertsResponse(today, week, month.ToString(), alerts);
    }
}
