namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// One figure: a month, a group (an organisme or a territory), an optional category (an exit reason), the value and
/// how many episodes it rests on (what small-cell suppression looks at). A masked cell has no value.
/// </summary>
public sealed record IndicatorCell(ReportingMonth Month, string Group, string? Category, decimal? Value, int Population, bool Masked = false);
