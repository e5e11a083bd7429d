namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// One figure: a period, a group (an organisme, a territory, a référent, a cohort), an optional category (an exit
/// reason), the value and how many episodes or persons it rests on (what small-cell suppression looks at). A masked
/// cell has no value.
/// </summary>
public sealed record IndicatorCell(ReportingPeriod Period, string Group, string? Category, decimal? Value, int Population, bool Masked = false);
