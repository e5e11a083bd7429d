using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Intensif.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// The exit satisfaction survey (§5 I5): the organisme référent records the person's anonymous answer against the
/// ended episode. One answer per exit. Nobody reads an answer back; it only feeds I5 and its response rate.
/// </summary>
public static class SatisfactionApi
{
    public static IEndpointRouteBuilder MapSatisfactionApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/indicators/organismes/{organismeId}/episodes/{episodeId:guid}/satisfaction-answers", AnswerAsync)
            .WithTags("Satisfaction").RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .WithSummary("Record the anonymous satisfaction answer of an exit")
            .WithDescription("By a référent or manager of the episode's organisme référent, once the episode has ended. Score 1–5 (4 and 5 count as satisfied), "
                + "optional comment up to 2000 characters. Only the pseudonymous episode is kept with the answer (one answer per exit, response rate). "
                + "409 episode-not-ended or survey-already-answered; an episode of another organisme answers 404.")
            .WithIdempotency()
            .WithRequestExample(new SatisfactionAnswerRequest(4, "Les ateliers m'ont aidée à reprendre confiance."))
            .WithResponseExample(StatusCodes.Status201Created, new SatisfactionAnswerResponse(
                Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"), new DateOnly(2026, 3, 31)))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Created<SatisfactionAnswerResponse>, ProblemHttpResult>> AnswerAsync(
        string organismeId, Guid episodeId, SatisfactionAnswerRequest request, IndicatorsDbContext db, AuditTrail audit,
        CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = caller.User;
        var ofTheOrganisme = user.OrganisationKind == PlatformRoles.KindOrganisme && user.Organisation == organismeId
            && user.Role is PlatformRoles.Referent or PlatformRoles.Manager;
        var episode = ofTheOrganisme
            ? await db.IntensiveEpisodes.SingleOrDefaultAsync(e => e.EpisodeId == episodeId && e.OrganismeId == organismeId, cancellationToken)
            : null;
        if (episode is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such episode among those of your organisme.");

        var answered = await db.SatisfactionAnswers.AnyAsync(a => a.EpisodeId == episodeId, cancellationToken);
        var answer = SatisfactionAnswer.Answer(episode, answered, request.Score, request.Comment, ParisTime.DayOf(clock.GetUtcNow()));
        db.SatisfactionAnswers.Add(answer);
        // the audit says an answer was recorded and by whom, never what it says
        audit.Record("satisfaction.answered", nameof(SatisfactionAnswer), answer.AnswerId, new { answer.AnswerId, answer.EpisodeId, answer.AnsweredOn });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // a concurrent answer for the same exit won the unique index
            throw new RuleViolationException("survey-already-answered", "This exit already has its satisfaction answer.");
        }
        return TypedResults.Created((string?)null, new SatisfactionAnswerResponse(answer.AnswerId, answer.EpisodeId, answer.AnsweredOn));
    }
}
