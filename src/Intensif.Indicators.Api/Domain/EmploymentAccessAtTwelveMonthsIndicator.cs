namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I4 "also M+12": as <see cref="EmploymentAccessIndicator"/>, with outcomes starting within twelve months of entry.</summary>
public sealed class EmploymentAccessAtTwelveMonthsIndicator : IIndicator
{
    public const int WindowMonths = 12;

    public IndicatorDefinition Definition { get; } = new(
        "I4_EMPLOYMENT_ACCESS_12M", 1, "I4", $"Access to employment within {WindowMonths} months of entry (entry cohort)", "percent",
        Numerator: $"# distinct persons of the cohort with at least one employment outcome starting on or after the start of their episode and at most {WindowMonths} "
            + "calendar months after it: a CDI, a business creation (CREATION_ACTIVITE), any contract of at least one month, or one recorded as durable",
        Denominator: "# distinct persons whose intensive episode started in the period (the entry cohort)",
        Period: $"Cohort of the start month or quarter, measured at M+{WindowMonths} (the value counts the outcomes recorded so far until then)",
        Population: "Persons entering intensive accompaniment in the scope; the outcome may be recorded by any organisme; cells rest on the cohort",
        Sources: ["IntensiveEpisodeStarted", "EmploymentOutcomeRecorded (contract kind, start date, duration, durable)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        EmploymentAccessIndicator.Cohorts(data, periods, breakdown, WindowMonths, o => o.CountsAsEmployment);
}
