namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// The computed figures of one indicator (code and definition version) for one scope, breakdown and period, before
/// small-cell suppression (applied at read time for pilots), with the stamp of the projections they were computed from.
/// </summary>
public sealed class FigureCell
{
    public string Scope { get; set; } = "";
    public string Code { get; set; } = "";
    public int Version { get; set; }
    public string Breakdown { get; set; } = "";
    public string Period { get; set; } = "";
    public DateOnly FirstDay { get; set; }
    public DateOnly LastDay { get; set; }
    /// <summary>Sum of the <see cref="ScopeMonth.Changes"/> of the period's months when the rows were computed.</summary>
    public long Stamp { get; set; }
    /// <summary>The rows as JSON: group, category, value and the population each rests on.</summary>
    public string Rows { get; set; } = "[]";
    public DateTimeOffset ComputedAt { get; set; }
}
