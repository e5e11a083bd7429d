namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 I4, read beside the rate: the share of an entry cohort's persons whose employment situation over the window is
/// known, so that "no outcome" (known: an outcome, or a check that found none) is told from "not checked". 100 % minus
/// it is the share nobody has checked; it minus <see cref="EmploymentAccessIndicator"/> is the share checked without a job.
/// </summary>
public sealed class FollowUpCoverageIndicator(int windowMonths = EmploymentAccessIndicator.DefaultWindowMonths) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I4_FOLLOW_UP_COVERAGE", SettingVersion.Of(1, windowMonths, EmploymentAccessIndicator.DefaultWindowMonths), "I4",
        $"Persons of the entry cohort whose employment situation {windowMonths} months after entry is known (read with I4 and its durable variant)", "percent",
        Numerator: Numerator(windowMonths, "I4_EMPLOYMENT_ACCESS"),
        Denominator: "# distinct persons whose intensive episode started in the period (the entry cohort)",
        Period: $"Cohort of the start month or quarter, measured at M+{windowMonths}; the follow-up checks come after the exit (3, 6 and 12 months), so "
            + "the value grows as they are recorded",
        Population: "Persons entering intensive accompaniment in the scope; the outcome may be recorded by any organisme, the check is the episode's; cells rest on the cohort",
        Sources: ["IntensiveEpisodeStarted", "EmploymentOutcomeRecorded (contract kind, start date, duration, durable)", "FollowUpCheckRecorded (result, day)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        Cohorts(data, periods, breakdown, windowMonths);

    internal static string Numerator(int windowMonths, string accessCode) =>
        $"# distinct persons of the cohort whose employment situation over the {windowMonths} months after the start of their episode is known: at least one "
        + $"employment outcome counted by {accessCode}, or a follow-up check after the exit that reached them without employment (NO_EMPLOYMENT) on or after "
        + $"the end of that window (the start + {windowMonths} calendar months); a check that did not reach them (UNREACHABLE), one made before the end of "
        + "the window, or no check leaves them not checked";

    /// <summary>Per period and group: persons of the entry cohort whose situation over the window is known / persons of the cohort.</summary>
    internal static IReadOnlyList<IndicatorCell> Cohorts(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown, int windowMonths) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let cohort = g.Where(e => e.StartedIn(p)).GroupBy(e => e.PseudonymousBeneficiaryId).ToList()
            let known = cohort.Count(person => person.Any(e => SituationKnown(data, e, windowMonths)))
            select new IndicatorCell(p, g.Key, null, Rates.Percent(known, cohort.Count), cohort.Count)];

    /// <summary>An outcome I4 counts, or a check that found no employment once the whole window had passed.</summary>
    public static bool SituationKnown(IndicatorData data, IntensiveEpisode episode, int windowMonths) =>
        data.OutcomesOf(episode).Any(o => o.CountsAsEmployment && o.StartsWithin(episode.StartDate!.Value, windowMonths))
        || episode.NoEmploymentCheckedOn is { } checkedOn && checkedOn >= episode.StartDate!.Value.AddMonths(windowMonths);
}
