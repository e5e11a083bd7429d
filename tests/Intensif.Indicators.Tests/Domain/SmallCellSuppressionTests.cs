using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class SmallCellSuppressionTests
{
    [Fact]
    public void Cells_resting_on_fewer_episodes_than_the_threshold_are_masked_but_empty_and_large_cells_are_shown()
    {
        var month = new ReportingMonth(2026, 4);
        IndicatorCell[] cells = [new(month, "75", null, 0, 0), new(month, "92", null, 4, 4), new(month, "93", null, 5, 5), new(month, "94", null, 33.5m, 2)];

        var shown = SmallCellSuppression.Apply(cells, threshold: 5);

        Assert.Equal([(0m, false), (null, true), (5m, false), (null, true)], shown.Select(c => (c.Value, c.Masked)));
    }
}
