namespace Intensif.Indicators.Api.Apis;

/// <summary>An indicator's figures for a scope (one organisme or one territory), by period and breakdown group.</summary>
public sealed record IndicatorValuesResponse(
    string Code, int Version, string Unit, string Scope, string Breakdown, string Period, string From, string To, IReadOnlyList<IndicatorRow> Rows);
