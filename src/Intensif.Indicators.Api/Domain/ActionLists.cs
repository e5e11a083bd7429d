namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// A manager's person-level lists (§2.2: the organisme référent's own team only), by pseudonymous id: who to call,
/// whose episode to extend or close, whose week to look at. Ordered by référent, then by urgency.
/// </summary>
public static class ActionLists
{
    public const int EndingWithinDays = 30;

    /// <summary>Persons with at least one entretien missed (justified or not) in <paramref name="month"/>, Europe/Paris.</summary>
    public static IReadOnlyList<PersonMissedInterviews> MissedInterviews(IndicatorData data, ReportingPeriod month)
    {
        var episodes = data.Episodes.Where(e => e.IsKnownToHaveStarted).ToLookup(e => (e.OrganismeId, e.PseudonymousBeneficiaryId));
        return [.. from i in data.Interviews
            where !i.Held && month.Contains(i.Day)
            group i by (i.OrganismeId, i.BeneficiaryId) into person
            let lastMissed = person.Max(i => i.Day)
            let episode = episodes[person.Key].Where(e => e.StartDate <= lastMissed).OrderBy(e => e.StartDate).LastOrDefault()
            let referent = episode is null ? null : data.ReferentOf(episode, lastMissed)
            orderby referent, person.Count() descending, person.Key.BeneficiaryId
            select new PersonMissedInterviews(person.Key.BeneficiaryId, episode?.EpisodeId, referent,
                person.Count(), person.Count(i => !i.Justified), lastMissed)];
    }

    /// <summary>Episodes in progress today whose planned end is within <see cref="EndingWithinDays"/> days (today included).</summary>
    public static IReadOnlyList<EpisodeEndingSoon> EndingSoon(IndicatorData data, DateOnly today) =>
        [.. from e in data.Episodes
            where e.InProgressAt(today) && e.PlannedEndDate is { } end && end >= today && end.DayNumber - today.DayNumber <= EndingWithinDays
            let referent = data.ReferentOf(e, today)
            orderby e.PlannedEndDate, referent, e.EpisodeId
            select new EpisodeEndingSoon(e.PseudonymousBeneficiaryId, e.EpisodeId, referent, e.PlannedEndDate!.Value,
                e.PlannedEndDate!.Value.DayNumber - today.DayNumber, e.ExtensionCount)];

    /// <summary>Closed weeks of <paramref name="isoWeek"/> whose realised hours are under their target.</summary>
    public static IReadOnlyList<WeekBelowTarget> WeeksBelowTarget(IndicatorData data, string isoWeek)
    {
        var episodes = data.Episodes.ToDictionary(e => e.EpisodeId);
        return [.. from w in data.Weeks
            where w.IsoWeek == isoWeek && w.BelowTarget
            let episode = episodes.GetValueOrDefault(w.EpisodeId)
            let referent = episode is null ? null : data.ReferentOf(episode, w.WeekStart.AddDays(6))
            orderby referent, w.RealisedHours - w.TargetHours, w.EpisodeId
            select new WeekBelowTarget(w.BeneficiaryId, w.EpisodeId, referent, w.IsoWeek, w.TargetHours, w.RealisedHours, w.GapReason)];
    }
}
