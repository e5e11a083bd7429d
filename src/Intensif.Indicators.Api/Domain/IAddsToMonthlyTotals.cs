namespace Intensif.Indicators.Api.Domain;

/// <summary>A projection row that adds to a row of monthly totals: a save adds its new contribution and takes its former one away.</summary>
public interface IAddsToMonthlyTotals
{
    /// <summary>What the row, in its present state, adds to its month (null: nothing, e.g. a week not closed yet).</summary>
    IMonthlyTotal? MonthTotals();
}
