namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §2.2: figures shown to the comités mask every cell resting on fewer than <c>threshold</c> episodes (but more than
/// none, which identifies nobody).
/// </summary>
public static class SmallCellSuppression
{
    public static IReadOnlyList<IndicatorCell> Apply(IReadOnlyList<IndicatorCell> cells, int threshold) =>
        [.. cells.Select(c => c.Population > 0 && c.Population < threshold ? c with { Value = null, Masked = true } : c)];
}
