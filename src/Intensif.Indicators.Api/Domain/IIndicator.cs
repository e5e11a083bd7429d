namespace Intensif.Indicators.Api.Domain;

/// <summary>An indicator: its written definition and its computation over projected episodes.</summary>
public interface IIndicator
{
    IndicatorDefinition Definition { get; }

    /// <summary>One cell per month, per group present in <paramref name="episodes"/> (and per category where the indicator has some).</summary>
    IReadOnlyList<IndicatorCell> Compute(IReadOnlyCollection<IntensiveEpisode> episodes, IReadOnlyList<ReportingMonth> months, Breakdown breakdown);
}
