namespace Intensif.Indicators.Api.Domain;

/// <summary>The length of the reporting periods: monthly or quarterly (§5: monthly stocks and flows, quarterly flows).</summary>
public enum Granularity
{
    Month,
    Quarter,
}
