using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class SmallCellSuppressionTests
{
    private static readonly ReportingPeriod April = ReportingPeriod.Month(2026, 4), May = ReportingPeriod.Month(2026, 5);

    [Fact]
    public void Cells_resting_on_fewer_episodes_than_the_threshold_are_masked_but_empty_and_large_cells_are_shown()
    {
        IndicatorCell[] cells = [new(April, "75", null, 0, 0), new(April, "92", null, 4, 4), new(April, "93", null, 5, 5), new(April, "94", null, 33.5m, 2)];

        var shown = SmallCellSuppression.Apply(cells, threshold: 5, additive: false);

        Assert.Equal([(0m, false), (null, true), (5m, false), (null, true)], shown.Select(c => (c.Value, c.Masked)));
    }

    [Fact]
    public void A_single_masked_count_in_a_row_masks_the_next_smallest_so_the_total_cannot_give_it_back()
    {
        // organismes A=3, B=7, C=12, D=0 in April: total 22 is published (territory breakdown); 22 − 7 − 12 would give A
        IndicatorCell[] cells = [new(April, "A", null, 3, 3), new(April, "B", null, 7, 7), new(April, "C", null, 12, 12), new(April, "D", null, 0, 0),
            new(May, "A", null, 6, 6), new(May, "B", null, 8, 8), new(May, "C", null, 2, 2), new(May, "D", null, 1, 1)];

        var shown = SmallCellSuppression.Apply(cells, threshold: 5, additive: true);

        // April: A masked, B (7, the smallest non-empty other cell) masked with it; the empty D stays 0.
        // May: C and D are both under 5, so the row already holds two masked cells.
        Assert.Equal([(null, true), (null, true), (12m, false), (0m, false), (6m, false), (8m, false), (null, true), (null, true)],
            shown.Select(c => (c.Value, c.Masked)));
    }

    [Fact]
    public void Complementary_masking_also_protects_the_categories_of_a_group_and_repeats_until_every_line_is_safe()
    {
        // exits by reason: group A has EMPLOI 2 (masked) and ABANDON 9; group B has EMPLOI 6 and ABANDON 20
        IndicatorCell[] cells = [new(April, "A", "ABANDON", 9, 9), new(April, "A", "EMPLOI", 2, 2), new(April, "B", "ABANDON", 20, 20), new(April, "B", "EMPLOI", 6, 6)];

        var shown = SmallCellSuppression.Apply(cells, threshold: 5, additive: true);

        // row EMPLOI: A masked → B/EMPLOI (6) masked; column A: A/ABANDON (9) masked; then row ABANDON holds A alone → B/ABANDON masked
        Assert.All(shown, c => Assert.True(c.Masked));
    }

    [Fact]
    public void Ratios_get_no_complementary_masking()
    {
        IndicatorCell[] cells = [new(April, "A", null, 50m, 2), new(April, "B", null, 40m, 10)];

        var shown = SmallCellSuppression.Apply(cells, threshold: 5, additive: false);

        Assert.Equal([true, false], shown.Select(c => c.Masked));
    }

    [Fact]
    public void For_flows_a_single_masked_month_of_a_quarter_masks_another_month_so_the_quarter_cannot_give_it_back()
    {
        var (january, february, march) = (ReportingPeriod.Month(2026, 1), ReportingPeriod.Month(2026, 2), ReportingPeriod.Month(2026, 3));
        IndicatorCell[] cells = [new(january, "75", null, 9, 9), new(february, "75", null, 2, 2), new(march, "75", null, 6, 6)];

        var flows = SmallCellSuppression.Apply(cells, threshold: 5, additive: true, additiveOverTime: true);
        var stocks = SmallCellSuppression.Apply(cells, threshold: 5, additive: true, additiveOverTime: false);

        // Q1 = 17 is published: 17 − 9 − 6 would give February; March (6, the smaller) is masked with it
        Assert.Equal([false, true, true], flows.Select(c => c.Masked));
        Assert.Equal([false, true, false], stocks.Select(c => c.Masked));
    }
}
