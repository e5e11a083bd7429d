namespace Intensif.Indicators.Api.Domain;

/// <summary>An indicator: its written definition and its computation over projected data.</summary>
public interface IIndicator
{
    IndicatorDefinition Definition { get; }

    /// <summary>One cell per period, per group present in <paramref name="data"/> (and per category where the indicator has some).</summary>
    IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown);
}
