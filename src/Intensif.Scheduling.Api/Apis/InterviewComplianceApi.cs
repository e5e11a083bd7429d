using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>The référent's monthly list against SR-02 (at least two held entretiens per calendar month).</summary>
public static class InterviewComplianceApi
{
    public static IEndpointRouteBuilder MapInterviewComplianceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scheduling/interviews/compliance", GetAsync).WithTags("Entretiens")
            .WithSummary("For a calendar month (yyyy-MM, Europe/Paris): each person the référent follows, held entretiens / required / compliant.")
            .WithDescription("People: those in an intensive episode the référent follows during the month (threshold pro-rated on its days "
                + "in the month, SR-02) and those of the référent's entretiens up to the end of the month (full month). Held entretiens "
                + "of the organisme count, whichever référent held them (SR-10: the count carries over a passation).")
            .Produces<ComplianceResponse>().WithResponseExample(StatusCodes.Status200OK, ApiExamples.Compliance)
            .RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .RequireAuthorization(p => p.RequireClaim(PlatformClaims.Role, PlatformRoles.Referent))
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Results<Ok<ComplianceResponse>, ValidationProblem>> GetAsync(
        string? month, SchedulingDbContext db, CurrentUserAccessor caller, CancellationToken cancellationToken)
    {
        if (!CalendarMonth.TryParse(month, out var calendarMonth))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["month"] = ["A calendar month written yyyy-MM, e.g. 2026-11."] });
        var user = caller.User;
        var (start, end) = (calendarMonth.Start, calendarMonth.End);
        var (first, last) = (new DateOnly(calendarMonth.Year, calendarMonth.Month, 1), new DateOnly(calendarMonth.Year, calendarMonth.Month, calendarMonth.Days));
        // the people they follow: their intensive episodes overlapping the month (Contracts events), whose days in the
        // month pro-rate the threshold, plus the people of their entretiens up to the end of the month (full month)
        var episodes = (await db.Episodes.AsNoTracking()
                .Where(e => e.OrganismeId == user.Organisation && e.ReferentId == user.Subject && e.StartDate <= last && (e.EndedOn == null || e.EndedOn >= first))
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.BeneficiaryId).ToDictionary(g => g.Key, g => Math.Min(calendarMonth.Days, g.Sum(e => e.ActiveDaysIn(calendarMonth))));
        var mine = db.Interviews.AsNoTracking().Where(i => i.OrganismeId == user.Organisation && i.ReferentId == user.Subject && i.ScheduledAt < end);
        var people = (await mine.Select(i => i.BeneficiaryId).Distinct().ToListAsync(cancellationToken)).Union(episodes.Keys).ToList();
        var inMonth = (await db.Interviews.AsNoTracking()
                .Where(i => people.Contains(i.BeneficiaryId) && i.OrganismeId == user.Organisation && i.ScheduledAt >= start && i.ScheduledAt < end)
                .ToListAsync(cancellationToken)).ToLookup(i => i.BeneficiaryId);
        var rows = people.Order()
            .Select(person => (person, result: InterviewCompliance.Assess(calendarMonth, episodes.GetValueOrDefault(person, calendarMonth.Days), inMonth[person])))
            .Select(x => new PersonCompliance(x.person, x.result.Held, x.result.Required, x.result.Compliant))
            .ToList();
        return TypedResults.Ok(new ComplianceResponse(calendarMonth.ToString(), rows));
    }
}
