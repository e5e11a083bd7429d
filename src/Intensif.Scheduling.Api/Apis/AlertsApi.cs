using Intensif.ServiceDefaults.Time;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Intensif.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>The référent's alerts over the people they follow (AlertRules), and the SR-07 justification that lifts one.</summary>
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
                + "episode-ending: the planned end is within 30 days (SR-06); no-professional-situation: the organisme's policy sets a SR-07 deadline "
                + "and no professional situation (R.5411-15 family 1°) is booked, confirmed or done starting by dueBy (once it has passed, until one is "
                + "booked), unless the parcours is SOCIAL and the référent recorded a justification. Dates are Europe/Paris.")
            .Produces<AlertsResponse>().WithResponseExample(StatusCodes.Status200OK, AlertExamples.Alerts);
        app.MapPost("/api/scheduling/programmes/{beneficiaryId:guid}/work-first-justification", JustifyAsync).WithTags("Programme hebdomadaire")
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent))
            .WithSummary("The référent records why a person on a SOCIAL parcours starts without a professional situation (SR-07).")
            .WithDescription("On the person's open intensive episode the caller follows; lifts the no-professional-situation alert. Recording again "
                + "replaces the reason. 409 justification-only-for-social-parcours (EMPLOI, SOCIO_PRO or unknown parcours), not-in-intensive-episode "
                + "(no open episode). Audited.")
            .WithRequestExample(AlertExamples.Justification).WithResponseExample(StatusCodes.Status200OK, AlertExamples.Justified)
            .Produces<WorkFirstJustificationResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<WorkFirstJustificationResponse>, ProblemHttpResult>> JustifyAsync(
        Guid beneficiaryId, WorkFirstJustificationRequest request, SchedulingDbContext db, AuditTrail audit, CurrentUserAccessor caller,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var episodes = await ProgrammeScope.FollowedEpisodesAsync(db, beneficiaryId, user, cancellationToken);
        if (episodes.Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such person among those whose programme you follow.");
        var episode = episodes.FirstOrDefault(e => e.IsOpen)
            ?? throw new RuleViolationException("not-in-intensive-episode", "The person has no open intensive episode you follow.");
        var now = clock.GetUtcNow();
        episode.JustifyWorkFirst(request.Reason!.Trim(), user.Subject, Instants.Microseconds(now));
        var answer = new WorkFirstJustificationResponse(beneficiaryId, episode.EpisodeId, episode.Parcours, episode.WorkFirstJustification!,
            episode.WorkFirstJustifiedBy!, episode.WorkFirstJustifiedAt!.Value);
        audit.Record("work-first.justified", "IntensiveEpisode", episode.EpisodeId, beneficiaryId, answer);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(answer);
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

        var workFirst = episodes.Where(e => e.EarlyWorkSituationDueBy is not null).Select(e => e.EpisodeId).ToList();
        var programmes = (await db.Assignments.AsNoTracking().Where(a => workFirst.Contains(a.EpisodeId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.EpisodeId);
        var codes = programmes.SelectMany(p => p.Select(a => a.EntryCode)).Distinct().ToList();
        var professionalSituations = (await db.Set<CatalogueEntryFamily>().AsNoTracking()
                .Where(f => codes.Contains(f.EntryCode) && f.Family == CatalogueEntryFamily.ProfessionalSituation)
                .Select(f => f.EntryCode).ToListAsync(cancellationToken))
            .ToHashSet();

        var alerts = new List<ReferentAlert>();
        foreach (var episode in episodes)
        {
            // a closed week keeps the figures it was closed with; an open one is computed now
            var closure = closures.GetValueOrDefault(episode.BeneficiaryId);
            var ledger = WeeklyLedger.Compute(episode.TargetWeeklyHours, assignments[episode.BeneficiaryId].Select(LedgerLine.From));
            var (realised, target) = closure is null ? (ledger.RealisedHours, ledger.TargetHours) : (closure.RealisedHours, closure.TargetHours);
            var compliance = InterviewCompliance.Assess(month, episode.ActiveDaysIn(month), interviews[episode.BeneficiaryId]);
            alerts.AddRange(AlertRules.For(episode, lastWeek, realised, target, month, compliance, today));
            if (AlertRules.NoProfessionalSituation(episode, programmes[episode.EpisodeId], professionalSituations, today) is { } noSituation)
                alerts.Add(noSituation);
        }
        return new AlertsResponse(today, week, month.ToString(), alerts);
    }
}
