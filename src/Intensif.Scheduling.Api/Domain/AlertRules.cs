using Intensif.ServiceDefaults.Time;

namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// The référent's alerts for one person in an open intensive episode:
/// <list type="bullet">
/// <item><c>week-below-target</c> (BR-16, SR-03): the last finished ISO week realised fewer hours than its target.</item>
/// <item><c>interviews-missing</c> (SR-02): fewer held entretiens this calendar month than required (pro-rated).</item>
/// <item><c>episode-ending</c> (SR-06): the planned end is within 30 days: extend, exit or return to droit commun.</item>
/// <item><c>no-professional-situation</c> (SR-07, work-first): no professional situation (R.5411-15 family 1°) booked
/// within the organisme's deadline (<see cref="NoProfessionalSituation"/>).</item>
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

    /// <summary>
    /// SR-07. For an episode whose policy sets a deadline (<see cref="IntensiveEpisode.EarlyWorkSituationDueBy"/>), from
    /// its start: an alert until the programme holds a professional situation, i.e. an assignment of this episode whose
    /// entry is of family 1° (<paramref name="professionalSituationCodes"/>; an entry of unknown family is not) and that
    /// was agreed: BOOKED, CONFIRMED or DONE (a PROPOSED one the person has not agreed to, a provider cancellation and a
    /// missed one do not count). Until the deadline only one starting by it (Europe/Paris day) lifts the alert; once the
    /// deadline has passed the alert says so and stays until one is booked at all, since nothing can be planned before
    /// the deadline any more. A SOCIAL parcours with the référent's justification raises none.
    /// </summary>
    public static ReferentAlert? NoProfessionalSituation(IntensiveEpisode episode, IEnumerable<Assignment> programme,
        IReadOnlySet<string> professionalSituationCodes, DateOnly today)
    {
        if (episode.EarlyWorkSituationDueBy is not { } dueBy || today < episode.StartDate) return null;
        if (episode.IsSocialParcours && episode.WorkFirstJustification is not null) return null;
        var situations = programme.Where(a => a.EpisodeId == episode.EpisodeId && professionalSituationCodes.Contains(a.EntryCode)
                && a.Status is AssignmentStatus.BOOKED or AssignmentStatus.CONFIRMED or AssignmentStatus.DONE)
            .Select(a => DateOnly.FromDateTime(ParisTime.ToParis(a.PlannedStart))).ToList();
        var overdue = today > dueBy;
        if (situations.Any(day => day <= dueBy) || (overdue && situations.Count > 0)) return null;
        var detail = overdue
            ? $"No professional situation (R.5411-15 1°) was booked by {dueBy:yyyy-MM-dd}, {episode.EarlyWorkSituationDeadlineWeeks} weeks after the start: book one now (SR-07)."
            : $"Book a professional situation (R.5411-15 1°: PMSMP, immersion, IAE…) starting by {dueBy:yyyy-MM-dd}, {episode.EarlyWorkSituationDeadlineWeeks} weeks after the start (SR-07).";
        return new ReferentAlert(NoProfessionalSituationCode, episode.BeneficiaryId, episode.EpisodeId, detail) { DueBy = dueBy };
    }

    public const string NoProfessionalSituationCode = "no-professional-situation";
}
