namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I4, variant "emploi durable": as <see cref="EmploymentAccessIndicator"/>, durable outcomes only (CDI, CDD ≥ 6 months, creation).</summary>
public sealed class DurableEmploymentAccessIndicator(int windowMonths = EmploymentAccessIndicator.DefaultWindowMonths) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I4_DURABLE_EMPLOYMENT_ACCESS", SettingVersion.Of(1, windowMonths, EmploymentAccessIndicator.DefaultWindowMonths), "I4", $"Access to durable employment within {windowMonths} months of entry (entry cohort)", "percent",
        Numerator: $"# distinct persons of the cohort with at least one durable employment outcome (CDI, CDD of 6 months or more, business creation: the "
            + $"outcome's Durable flag) starting on or after the start of their episode and at most {windowMonths} calendar months after it",
        Denominator: "# distinct persons whose intensive episode started in the period (the entry cohort)",
        Period: $"Cohort of the start month or quarter, measured at M+{windowMonths} (the value counts the outcomes recorded so far until then)",
        Population: "Persons entering intensive accompaniment in the scope; the outcome may be recorded by any organisme; cells rest on the cohort",
        Sources: ["IntensiveEpisodeStarted", "EmploymentOutcomeRecorded (start date, durable)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        EmploymentAccessIndicator.Cohorts(data, periods, breakdown, windowMonths, o => o.Durable);
}
