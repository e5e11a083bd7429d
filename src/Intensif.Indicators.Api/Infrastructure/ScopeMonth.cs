namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// How many times the projections behind one month of one scope (organisme or territory) have changed: a cached figure
/// is fresh while the sum of its months' counts is the one it was computed at.
/// </summary>
public sealed class ScopeMonth
{
    public string Scope { get; private set; } = "";
    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }
    public long Changes { get; private set; }
    public DateTimeOffset MarkedAt { get; private set; }
}
