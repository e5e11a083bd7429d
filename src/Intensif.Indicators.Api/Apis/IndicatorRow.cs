namespace Intensif.Indicators.Api.Apis;

/// <summary>One figure; a masked cell (small-cell suppression) has a null value and <c>masked: true</c>.</summary>
public sealed record IndicatorRow(string Period, string Group, string? Category, decimal? Value, bool Masked);
