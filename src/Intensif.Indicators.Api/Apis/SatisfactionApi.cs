using System.Globalization;
using System.Text.RegularExpressions;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Extensions;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Intensif.ServiceDefaults.Persistence;
using Intensif.ServiceDefaults.Problems;
using Intensif.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// The satisfaction survey (§5 I5): the organisme référent records the person's anonymous answer against the ended
/// episode (one answer per exit) or, during the episode, against its latest mid-course invitation (one answer per
/// invitation), and the mid-course invitations sent during an episode (one per episode and month). Nobody reads an
/// answer back: scores feed I5 and its response rate, and the organisme's managers read the comments of a quarter's
/// exits only as an unordered list, when enough people answered.
/// </summary>
public static partial class SatisfactionApi
{
    public static IEndpointRouteBuilder MapSatisfactionApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/indicators/organismes/{organismeId}/episodes/{episodeId:guid}/satisfaction-answers", AnswerAsync)
            .WithTags("Satisfaction").RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .WithSummary("Record the anonymous satisfaction answer of an exit or of a mid-course invitation")
            .WithDescription("By a référent or manager of the episode's organisme référent. Once the episode has ended, the answer at exit (one per exit); "
                + "during the episode, the answer to its latest mid-course invitation (one per invitation, invitationId in the response). "
                + "Score 1–5 (4 and 5 count as satisfied), optional comment up to 2000 characters. Only the pseudonymous episode and invitation are kept "
                + "with the answer (response rate). 409 survey-already-answered (the exit, or the latest invitation, already has its answer); "
                + "409 no-pending-invitation for an episode in progress without a mid-course invitation; an episode of another organisme answers 404.")
            .WithIdempotency()
            .WithRequestExample(new SatisfactionAnswerRequest(4, "Les ateliers m'ont aidée à reprendre confiance."))
            .WithResponseExample(StatusCodes.Status201Created, new SatisfactionAnswerResponse(
                Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"), null, new DateOnly(2026, 3, 31)))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapPost("/api/indicators/organismes/{organismeId}/episodes/{episodeId:guid}/satisfaction-invitations", InviteAsync)
            .WithTags("Satisfaction").RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .WithSummary("Record that a mid-course satisfaction invitation was sent for an episode in progress")
            .WithDescription("By a référent or manager of the episode's organisme référent, no body. Counted in I5's response rate denominator "
                + "(exits + mid-course invitations). At most one per episode and calendar month (Europe/Paris): 409 invitation-already-sent; "
                + "409 episode-not-in-progress for an episode not started or already ended; an episode of another organisme answers 404.")
            .WithIdempotency()
            .WithResponseExample(StatusCodes.Status201Created, new SatisfactionInvitationResponse(
                Guid.Parse("9b2d6c1e-2f4a-4c3b-8e5d-1a2b3c4d5e6f"), Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"), "2026-03", new DateOnly(2026, 3, 16)))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/indicators/organismes/{organismeId}/satisfaction-comments", CommentsAsync)
            .WithTags("Satisfaction").RequireAuthorization(AuthenticationExtensions.PlatformUserPolicy)
            .WithSummary("The free-text comments of a quarter's exits, anonymously; managers of the organisme only")
            .WithDescription("quarter=yyyy-Qn (default: the current quarter), by the exit date. Comments come with their score only, in no meaningful "
                + "order; they are withheld when fewer people answered than the small-cell threshold. Others get 404.")
            .WithResponseExample(StatusCodes.Status200OK, new SatisfactionCommentsResponse("ft-75-001", "2026-Q1", 14, false,
                [new(5, "Les ateliers m'ont aidée à reprendre confiance."), new(2, "Trop de rendez-vous au début.")]))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<SatisfactionAnswerResponse>, ProblemHttpResult>> AnswerAsync(
        string organismeId, Guid episodeId, SatisfactionAnswerRequest request, IndicatorsDbContext db, AuditTrail audit,
        CurrentUserAccessor caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var episode = await EpisodeOfCallerAsync(organismeId, episodeId, db, caller, cancellationToken);
        if (episode is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such episode among those of your organisme.");

        var answered = await db.SatisfactionAnswers.Where(a => a.EpisodeId == episodeId).Select(a => a.InvitationId).ToListAsync(cancellationToken);
        var latestInvitation = await db.Set<SatisfactionInvitation>().Where(i => i.EpisodeId == episodeId)
            .OrderByDescending(i => i.SentOn).FirstOrDefaultAsync(cancellationToken);
        var answer = SatisfactionAnswer.Answer(episode, latestInvitation, answered, request.Score, request.Comment, ParisTime.DayOf(clock.GetUtcNow()));
        db.SatisfactionAnswers.Add(answer);
        // the audit says an answer was recorded and by whom, never what it says
        audit.Record("satisfaction.answered", nameof(SatisfactionAnswer), answer.AnswerId,
            new { answer.AnswerId, answer.EpisodeId, answer.InvitationId, answer.AnsweredOn });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // a concurrent answer for the same exit or invitation won the unique index
            throw new RuleViolationException("survey-already-answered", answer.MidCourse
                ? "The latest mid-course invitation of this episode already has its answer." : "This exit already has its satisfaction answer.");
        }
        return TypedResults.Created((string?)null, new SatisfactionAnswerResponse(answer.AnswerId, answer.EpisodeId, answer.InvitationId, answer.AnsweredOn));
    }

    private static async Task<Results<Created<SatisfactionInvitationResponse>, ProblemHttpResult>> InviteAsync(
        string organismeId, Guid episodeId, IndicatorsDbContext db, AuditTrail audit, CurrentUserAccessor caller, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var episode = await EpisodeOfCallerAsync(organismeId, episodeId, db, caller, cancellationToken);
        if (episode is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such episode among those of your organisme.");

        var today = ParisTime.DayOf(clock.GetUtcNow());
        var month = ReportingPeriod.MonthOf(today).FirstDay;
        var invitations = db.Set<SatisfactionInvitation>();
        var already = await invitations.AnyAsync(i => i.EpisodeId == episodeId && i.Month == month, cancellationToken);
        var invitation = SatisfactionInvitation.Send(episode, already, today);
        invitations.Add(invitation);
        audit.Record("satisfaction.invited", nameof(SatisfactionInvitation), invitation.InvitationId,
            new { invitation.InvitationId, invitation.EpisodeId, invitation.SentOn });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // a concurrent invitation for the same episode and month won the unique index
            throw new RuleViolationException("invitation-already-sent", "A mid-course invitation was already sent for this episode this month.");
        }
        return TypedResults.Created((string?)null, new SatisfactionInvitationResponse(invitation.InvitationId, invitation.EpisodeId,
            ReportingPeriod.MonthOf(invitation.SentOn).ToString(), invitation.SentOn));
    }

    /// <summary>The episode, when the caller is a référent or manager of its organisme référent; otherwise none (404).</summary>
    private static async Task<IntensiveEpisode?> EpisodeOfCallerAsync(string organismeId, Guid episodeId, IndicatorsDbContext db, CurrentUserAccessor caller,
        CancellationToken cancellationToken)
    {
        var user = caller.User;
        var ofTheOrganisme = user.OrganisationKind == PlatformRoles.KindOrganisme && user.Organisation == organismeId
            && user.Role is PlatformRoles.Referent or PlatformRoles.Manager;
        return ofTheOrganisme
            ? await db.IntensiveEpisodes.SingleOrDefaultAsync(e => e.EpisodeId == episodeId && e.OrganismeId == organismeId, cancellationToken)
            : null;
    }

    private static async Task<Results<Ok<SatisfactionCommentsResponse>, ValidationProblem, ProblemHttpResult>> CommentsAsync(
        string organismeId, string? quarter, IndicatorsDbContext db, CurrentUserAccessor caller, TimeProvider clock,
        IOptions<IndicatorsOptions> options, CancellationToken cancellationToken)
    {
        var user = caller.User;
        if (user.Role != PlatformRoles.Manager || user.OrganisationKind != PlatformRoles.KindOrganisme || user.Organisation != organismeId)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No satisfaction comments for this organisme among those you can see.");
        var period = ReportingPeriod.QuarterOf(ParisTime.DayOf(clock.GetUtcNow()));
        if (quarter is not null)
        {
            if (QuarterPattern().Match(quarter) is not { Success: true } m)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["quarter"] = ["A quarter as yyyy-Qn, e.g. 2026-Q1."] });
            period = ReportingPeriod.Quarter(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        }

        var answers = await (from a in db.SatisfactionAnswers
                             join e in db.IntensiveEpisodes on a.EpisodeId equals e.EpisodeId
                             where a.OrganismeId == organismeId && a.InvitationId == null && e.EndedOn >= period.FirstDay && e.EndedOn <= period.LastDay
                             orderby a.AnswerId   // random ids: no order of exit or of answer shows through
                             select new { a.Score, a.Comment }).AsNoTracking().ToListAsync(cancellationToken);
        var withheld = answers.Count < options.Value.SmallCellThreshold;
        return TypedResults.Ok(new SatisfactionCommentsResponse(organismeId, period.ToString(), answers.Count, withheld,
            withheld ? [] : [.. answers.Where(a => a.Comment is not null).Select(a => new SatisfactionComment(a.Score, a.Comment!))]));
    }

    [GeneratedRegex(@"^(\d{4})-Q([1-4])$")]
    private static partial Regex QuarterPattern();
}
