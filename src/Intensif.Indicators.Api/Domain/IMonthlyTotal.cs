namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// A row of monthly totals (additive sums kept by the service): what one projection row adds to it, or the difference
/// a change of that row makes. Kept totals are raised by differences (<c>Infrastructure/MonthlyTotals</c>).
/// </summary>
public interface IMonthlyTotal
{
    /// <summary>The same key with every sum of the opposite sign: what a row took away when it changed or went.</summary>
    IMonthlyTotal Negated();
}
