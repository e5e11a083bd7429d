namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// The référent's alerts for one person in an open intensive episode:
/// <list type="bullet">
/// <item><c>week-below-target</c> (BR-16, SR-03): the last finished ISO week realised fewer hours than its target.</item>
/// <item><c>interviews-missing</c> (SR-02): fewer held entretiens this calendar month than required (pro-rated).</item>
/// <item><c>episode-ending</c> (SR-06): the planned end is within 30 days: extend, exit or return to droit commun.</item>
/// </list>
/// </summary>
public static class AlertRules
{
    public const int EndingWithinDays = 30;

    public static IEnumerable<ReferentAlert> For(IntensiveEpisode episode, IsoWeek lastWeek, decimal lastWeekRealised, decimal lastWeekTarget,
        CalendarMonth month, MonthlyCompliance interviews, DateOnly today)
    {
        if (episode.StartDate < lastWeek.Monday.AddDays(7) && lastWeekRealised < lastWeekTarget)
            yield return new ReferentAlert("week-below-target", episode.BeneficiaryId, episode.EpisodeId,
                $"Week {lastWeek}: {lastWeekRealised} h realised for a target of {lastWeekTarget} h.");
        if (!interviews.Compliant)
            yield return new ReferentAlert("interviews-missing", episode.BeneficiaryId, episode.EpisodeId,
                $"{month}: {interviews.Held} held entretien(s) of the {interviews.Required} required.");
        if (episode.PlannedEndDate >= today && episode.PlannedEndDate.DayNumber - today.DayNumber <= EndingWithinDays)
            yield return new ReferentAlert("episode-ending", episode.BeneficiaryId, episode.EpisodeId,
                $"The intensive episode is planned to end on {episode.PlannedEndDate:yyyy-MM-dd}: extend it, record the exit or return to droit commun.");
    }
}
