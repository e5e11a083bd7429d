using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.ServiceDefaults.Identity;
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
        // "the people they follow" = the people of the référent's entretiens up to the end of the month, until the
        // episode events of Contracts give the real portfolio and the active days for pro-rating
        var mine = db.Interviews.AsNoTracking().Where(i => i.OrganismeId == user.Organisation && i.ReferentId == user.Subject && i.ScheduledAt < end);
        var people = await mine.Select(i => i.BeneficiaryId).Distinct().ToListAsync(cancellationToken);
        var inMonth = (await mine.Where(i => i.ScheduledAt >= start).ToListAsync(cancellationToken)).ToLookup(i => i.BeneficiaryId);
        var rows = people.Order()
            .Select(person => (person, result: InterviewCompliance.Assess(calendarMonth, calendarMonth.Days, inMonth[person])))
            .Select(x => new PersonCompliance(x.person, x.result.Held, x.result.Required, x.result.Compliant))
            .ToList();
        return TypedResults.Ok(new ComplianceResponse(calendarMonth.ToString(), rows));
    }
}
