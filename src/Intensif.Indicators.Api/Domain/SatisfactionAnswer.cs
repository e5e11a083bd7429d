using Intensif.ServiceDefaults.Problems;

using Intensif.Indicators.Api.Infrastructure;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// An anonymous answer to the satisfaction survey (§5 I5, §2.2: nobody reads it individually): a 1–5 overall score and an
/// optional free text, given at exit or to a mid-course invitation. It keeps the pseudonymous episode only (and the
/// invitation it answers), to count one answer per exit and per invitation and the response rate, and the day it was
/// given; never who answered or who typed it in.
/// </summary>
public sealed class SatisfactionAnswer : IFeedsIndicators
{
    public const int MinScore = 1, MaxScore = 5, SatisfiedFrom = 4, MaxCommentLength = 2000;

    public Guid AnswerId { get; private set; }
    public Guid EpisodeId { get; private set; }
    /// <summary>The mid-course invitation answered; none for the answer at exit.</summary>
    public Guid? InvitationId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public int Score { get; private set; }
    public string? Comment { get; private set; }
    public DateOnly AnsweredOn { get; private set; }

    private SatisfactionAnswer() { }

    /// <summary>
    /// One answer per exit, given once the episode has ended; during the episode, one answer to its latest mid-course
    /// invitation, while that invitation has none. <paramref name="answered"/> are the invitations of the episode's
    /// answers so far (none for the answer at exit).
    /// </summary>
    public static SatisfactionAnswer Answer(IntensiveEpisode episode, SatisfactionInvitation? latestInvitation, IReadOnlyCollection<Guid?> answered,
        int score, string? comment, DateOnly today)
    {
        Guid? invitationId = null;
        if (episode.EndedOn is not null)
        {
            if (answered.Contains(null))
                throw new RuleViolationException("survey-already-answered", "This exit already has its satisfaction answer.");
        }
        else
        {
            if (latestInvitation is null)
                throw new RuleViolationException("no-pending-invitation",
                    "During an episode an answer follows a mid-course invitation and this episode has none; the survey is answered at exit.");
            if (answered.Contains(latestInvitation.InvitationId))
                throw new RuleViolationException("survey-already-answered", "The latest mid-course invitation of this episode already has its answer.");
            invitationId = latestInvitation.InvitationId;
        }
        return new SatisfactionAnswer
        {
            AnswerId = Guid.NewGuid(),
            EpisodeId = episode.EpisodeId,
            InvitationId = invitationId,
            OrganismeId = episode.OrganismeId,
            Territory = episode.Territory,
            Score = score,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            AnsweredOn = today,
        };
    }

    /// <summary>Given during the episode, to a mid-course invitation.</summary>
    public bool MidCourse => InvitationId is not null;

    public bool Satisfied => Score >= SatisfiedFrom;

    /// <summary>Figures it feeds: read with its episode, over the episode's span.</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => [FiguresTouched.OfEpisode(EpisodeId)];
}
