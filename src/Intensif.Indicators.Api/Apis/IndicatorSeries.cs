namespace Intensif.Indicators.Api.Apis;

/// <summary>One line of a chart: a group (and category), one value per period of the response, null where masked or empty.</summary>
public sealed record IndicatorSeries(string Group, string? Category, IReadOnlyList<decimal?> Values, IReadOnlyList<bool> Masked);
