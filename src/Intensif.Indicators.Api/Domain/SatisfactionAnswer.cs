using Intensif.ServiceDefaults.Problems;

using Intensif.Indicators.Api.Infrastructure;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// An anonymous answer to the exit survey (§5 I5, §2.2: nobody reads it individually): a 1–5 overall score and an
/// optional free text. It keeps the pseudonymous episode only, to count one answer per exit and the response rate,
/// and the day it was given; never who answered or who typed it in.
/// </summary>
public sealed class SatisfactionAnswer : IFeedsIndicators
{
    public const int MinScore = 1, MaxScore = 5, SatisfiedFrom = 4, MaxCommentLength = 2000;

    public Guid AnswerId { get; private set; }
    public Guid EpisodeId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public int Score { get; private set; }
    public string? Comment { get; private set; }
    public DateOnly AnsweredOn { get; private set; }

    private SatisfactionAnswer() { }

    /// <summary>One answer per exit, given once the episode has ended.</summary>
    public static SatisfactionAnswer Answer(IntensiveEpisode episode, bool alreadyAnswered, int score, string? comment, DateOnly today)
    {
        if (episode.EndedOn is null)
            throw new RuleViolationException("episode-not-ended", "The satisfaction survey is answered at exit; this episode has not ended.");
        if (alreadyAnswered)
            throw new RuleViolationException("survey-already-answered", "This exit already has its satisfaction answer.");
        return new SatisfactionAnswer
        {
            AnswerId = Guid.NewGuid(),
            EpisodeId = episode.EpisodeId,
            OrganismeId = episode.OrganismeId,
            Territory = episode.Territory,
            Score = score,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            AnsweredOn = today,
        };
    }

    public bool Satisfied => Score >= SatisfiedFrom;

    /// <summary>Figures it feeds: read with its episode, over the episode's span.</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => [FiguresTouched.OfEpisode(EpisodeId)];
}
