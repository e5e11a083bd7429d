namespace Intensif.Indicators.Api.Domain;

/// <summary>The indicators this service computes, by code; those awaiting an event are listed in docs/indicators.md.</summary>
public static class IndicatorCatalogue
{
    /// <summary>Every indicator with the PROP defaults of its settings.</summary>
    public static readonly IReadOnlyList<IIndicator> All =
        With(EmploymentAccessIndicator.DefaultWindowMonths, EarlyWorkSituationIndicator.DefaultWeeks);

    /// <summary>Every indicator, I4 (its durable variant and its follow-up coverage) with an outcome window of <paramref name="employmentOutcomeWindowMonths"/>, O4 with N = <paramref name="earlyWorkWeeks"/>.</summary>
    public static IReadOnlyList<IIndicator> With(int employmentOutcomeWindowMonths, int earlyWorkWeeks) =>
    [
        new EntriesIndicator(), new EpisodesInProgressIndicator(), new AverageDurationIndicator(), new ExitsByReasonIndicator(),
        new PrevalenceIndicator(), new EntryRateIndicator(), new MedianDurationIndicator(), new OpenEpisodeAgeIndicator(),
        new ExceededPlannedDurationIndicator(), new IntensityIndicator(), new TargetAttainmentIndicator(), new AccompaniedShareIndicator(),
        new InterviewComplianceIndicator(), new EmploymentExitRateIndicator(),
        new SatisfactionIndicator(), new SatisfactionResponseRateIndicator(), new PortfolioComplianceIndicator(),
        new ReferentChangeRateIndicator(), new PassationInterviewIndicator(), new BarrierPersistenceIndicator(), new BarrierResolutionIndicator(),
        new SanctionActivityIndicator(), new BreachRateIndicator(), new SanctionsByRateIndicator(), new SanctionLiftsByReasonIndicator(), new HouseholdCapShareIndicator(),
        new SanctionRatesIndicator(),
        new EmploymentAccessIndicator(employmentOutcomeWindowMonths), new DurableEmploymentAccessIndicator(employmentOutcomeWindowMonths),
        new EmploymentAccessAtTwelveMonthsIndicator(),
        new FollowUpCoverageIndicator(employmentOutcomeWindowMonths), new FollowUpCoverageAtTwelveMonthsIndicator(),
        new ContractDelayIndicator(), new MedianContractDelayIndicator(), new RsaOrientationDelayIndicator(), new EarlyWorkSituationIndicator(earlyWorkWeeks),
    ];

    public static IIndicator? Find(string code) => All.FirstOrDefault(i => i.Definition.Code == code);
}
