namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// A projection row the indicator figures are computed from. When a row is added, changed or removed, the save marks
/// the months of its organisme and territory that <see cref="IndicatorDataLoader"/> could read it for (before and
/// after the change), and the figures cached for those months are recomputed on their next read
/// (<see cref="FigureChangesInterceptor"/>, docs/indicators.md "Pre-aggregation"). A new projection read by the loader
/// implements it with the same date conditions as its query there.
/// </summary>
public interface IFeedsIndicators
{
    /// <summary>The days whose figures this row, in its present state, takes part in.</summary>
    IEnumerable<FiguresTouched> FiguresFed();
}
