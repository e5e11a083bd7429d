namespace Intensif.Indicators.Api.Domain;

/// <summary>The indicators this service computes, by code; those awaiting an event are listed in docs/indicators.md.</summary>
public static class IndicatorCatalogue
{
    public static readonly IReadOnlyList<IIndicator> All =
    [
        new EntriesIndicator(), new EpisodesInProgressIndicator(), new AverageDurationIndicator(), new ExitsByReasonIndicator(),
        new PrevalenceIndicator(), new EntryRateIndicator(), new MedianDurationIndicator(), new OpenEpisodeAgeIndicator(),
        new ExceededPlannedDurationIndicator(), new IntensityIndicator(), new TargetAttainmentIndicator(), new AccompaniedShareIndicator(),
        new InterviewComplianceIndicator(), new EmploymentExitRateIndicator(),
        new SatisfactionIndicator(), new SatisfactionResponseRateIndicator(), new PortfolioComplianceIndicator(),
        new ReferentChangeRateIndicator(), new PassationInterviewIndicator(), new BarrierPersistenceIndicator(),
        new SanctionActivityIndicator(), new BreachRateIndicator(),
        new EmploymentAccessIndicator(), new DurableEmploymentAccessIndicator(), new EmploymentAccessAtTwelveMonthsIndicator(),
        new ContractDelayIndicator(), new MedianContractDelayIndicator(), new RsaOrientationDelayIndicator(), new EarlyWorkSituationIndicator(),
    ];

    public static IIndicator? Find(string code) => All.FirstOrDefault(i => i.Definition.Code == code);
}
