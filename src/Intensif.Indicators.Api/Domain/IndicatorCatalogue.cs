namespace Intensif.Indicators.Api.Domain;

/// <summary>The indicators this service computes, by code.</summary>
public static class IndicatorCatalogue
{
    public static readonly IReadOnlyList<IIndicator> All =
        [new EntriesIndicator(), new EpisodesInProgressIndicator(), new AverageDurationIndicator(), new ExitsByReasonIndicator()];

    public static IIndicator? Find(string code) => All.FirstOrDefault(i => i.Definition.Code == code);
}
