namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I4 "also M+12", read beside <see cref="EmploymentAccessAtTwelveMonthsIndicator"/>: as <see cref="FollowUpCoverageIndicator"/> over twelve months.</summary>
public sealed class FollowUpCoverageAtTwelveMonthsIndicator : IIndicator
{
    private const int WindowMonths = EmploymentAccessAtTwelveMonthsIndicator.WindowMonths;

    public IndicatorDefinition Definition { get; } = new(
        "I4_FOLLOW_UP_COVERAGE_12M", 1, "I4",
        $"Persons of the entry cohort whose employment situation {WindowMonths} months after entry is known (read with I4_EMPLOYMENT_ACCESS_12M)", "percent",
        Numerator: FollowUpCoverageIndicator.Numerator(WindowMonths, "I4_EMPLOYMENT_ACCESS_12M"),
        Denominator: "# distinct persons whose intensive episode started in the period (the entry cohort)",
        Period: $"Cohort of the start month or quarter, measured at M+{WindowMonths}; the value grows as follow-up checks are recorded",
        Population: "Persons entering intensive accompaniment in the scope; the outcome may be recorded by any organisme, the check is the episode's; cells rest on the cohort",
        Sources: ["IntensiveEpisodeStarted", "EmploymentOutcomeRecorded (contract kind, start date, duration, durable)", "FollowUpCheckRecorded (result, day)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        FollowUpCoverageIndicator.Cohorts(data, periods, breakdown, WindowMonths);
}
