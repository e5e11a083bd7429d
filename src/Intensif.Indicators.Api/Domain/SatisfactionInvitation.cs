using Intensif.Indicators.Api.Infrastructure;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// A mid-course satisfaction invitation (§5 I5: the response rate is over "# exits + mid-course invitations"): the
/// organisme référent records that the survey was sent to the person of an episode in progress. At most one per
/// episode and calendar month (Europe/Paris). It keeps the pseudonymous episode and the day, never who was invited.
/// </summary>
public sealed class SatisfactionInvitation : IFeedsIndicators
{
    public Guid InvitationId { get; private set; }
    public Guid EpisodeId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    /// <summary>The first day of the month of <see cref="SentOn"/>: one invitation per episode and month (unique index).</summary>
    public DateOnly Month { get; private set; }
    public DateOnly SentOn { get; private set; }

    private SatisfactionInvitation() { }

    /// <summary>Mid-course: the episode has started on or before today and has not ended by then.</summary>
    public static SatisfactionInvitation Send(IntensiveEpisode episode, bool alreadyThisMonth, DateOnly today)
    {
        if (!episode.InProgressAt(today))
            throw new RuleViolationException("episode-not-in-progress", "A mid-course invitation is sent during an episode in progress; after the exit the answer is recorded directly.");
        if (alreadyThisMonth)
            throw new RuleViolationException("invitation-already-sent", "A mid-course invitation was already sent for this episode this month.");
        return new SatisfactionInvitation
        {
            InvitationId = Guid.NewGuid(),
            EpisodeId = episode.EpisodeId,
            OrganismeId = episode.OrganismeId,
            Territory = episode.Territory,
            Month = ReportingPeriod.MonthOf(today).FirstDay,
            SentOn = today,
        };
    }

    /// <summary>Figures it feeds: read with its episode, over the episode's span (I5's response rate).</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => [FiguresTouched.OfEpisode(EpisodeId)];
}
