namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 I4, taux d'accès à l'emploi: the share of an entry cohort's persons with an employment outcome starting within
/// six months (PROP window) of their entry. The durable variant is <see cref="DurableEmploymentAccessIndicator"/>.
/// </summary>
public sealed class EmploymentAccessIndicator(int windowMonths = EmploymentAccessIndicator.DefaultWindowMonths) : IIndicator
{
    /// <summary>§5 I4: six months after the entry (PROP; <c>employmentOutcomeWindowMonths</c>; M+12 would be another code).</summary>
    public const int DefaultWindowMonths = 6;

    public IndicatorDefinition Definition { get; } = new(
        "I4_EMPLOYMENT_ACCESS", SettingVersion.Of(1, windowMonths, DefaultWindowMonths), "I4", $"Access to employment within {windowMonths} months of entry (entry cohort)", "percent",
        Numerator: $"# distinct persons of the cohort with at least one employment outcome starting on or after the start of their episode and at most {windowMonths} "
            + "calendar months after it: a CDI, a business creation (CREATION_ACTIVITE), any contract of at least one month, or one recorded as durable; "
            + "a contract of unknown length of another kind does not count",
        Denominator: "# distinct persons whose intensive episode started in the period (the entry cohort)",
        Period: $"Cohort of the start month or quarter, measured at M+{windowMonths}: before the window has closed for the whole cohort the value counts the "
            + "outcomes recorded so far, and outcomes recorded later (follow-up checks, DSN matching) still update it",
        Population: "Persons entering intensive accompaniment in the scope; the outcome may be recorded by any organisme; cells rest on the cohort",
        Sources: ["IntensiveEpisodeStarted", "EmploymentOutcomeRecorded (contract kind, start date, duration, durable)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        Cohorts(data, periods, breakdown, windowMonths, o => o.CountsAsEmployment);

    /// <summary>Per period and group: persons of the entry cohort with a counting outcome within the window / persons of the cohort.</summary>
    internal static IReadOnlyList<IndicatorCell> Cohorts(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown, int windowMonths,
        Func<EmploymentOutcome, bool> counts) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let cohort = g.Where(e => e.StartedIn(p)).GroupBy(e => e.PseudonymousBeneficiaryId).ToList()
            let employed = cohort.Count(person => person.Any(e => data.OutcomesOf(e).Any(o => counts(o) && o.StartsWithin(e.StartDate!.Value, windowMonths))))
            select new IndicatorCell(p, g.Key, null, Rates.Percent(employed, cohort.Count), cohort.Count)];
}
