namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §2.2: figures shown to the comités mask every cell resting on fewer than <c>threshold</c> episodes (but more than
/// none, which identifies nobody). For additive counts, a line whose total is known (the groups of one period and
/// category add up to the territory's figure; the categories of one group and period add up to its exits) must not
/// hold a single masked cell, or subtraction gives it back: the next-smallest cell of that line is masked too
/// (complementary suppression), repeated until every line holds none or at least two. For flows, the three months of
/// a quarter add up to the quarter's figure, so they form a line too; callers compute whole quarters so the masking
/// of a month never depends on the window requested.
/// </summary>
public static class SmallCellSuppression
{
    public static IReadOnlyList<IndicatorCell> Apply(IReadOnlyList<IndicatorCell> cells, int threshold, bool additive, bool additiveOverTime = false)
    {
        var masked = cells.Select(c => c.Population > 0 && c.Population < threshold).ToArray();
        if (additive)
        {
            var indexes = Enumerable.Range(0, cells.Count).ToList();
            var lines = indexes.GroupBy(i => (cells[i].Period, cells[i].Category)).Select(l => l.ToList())
                .Concat(cells.Any(c => c.Category is not null)
                    ? indexes.GroupBy(i => (cells[i].Period, cells[i].Group)).Select(l => l.ToList())
                    : [])
                .Concat(additiveOverTime
                    ? indexes.Where(i => cells[i].Period.Months().Count == 1)
                        .GroupBy(i => (cells[i].Group, cells[i].Category, ReportingPeriod.QuarterOf(cells[i].Period.FirstDay))).Select(l => l.ToList())
                    : [])
                .ToList();
            bool changed;
            do
            {
                changed = false;
                foreach (var line in lines.Where(l => l.Count(i => masked[i]) == 1))
                {
                    var complement = line.Where(i => !masked[i])
                        .OrderBy(i => cells[i].Population == 0 ? 1 : 0).ThenBy(i => cells[i].Population).ThenBy(i => cells[i].Group, StringComparer.Ordinal)
                        .Cast<int?>().FirstOrDefault();
                    if (complement is not { } c) continue;
                    masked[c] = true;
                    changed = true;
                }
            }
            while (changed);
        }
        return [.. cells.Select((c, i) => masked[i] ? c with { Value = null, Masked = true } : c)];
    }
}
