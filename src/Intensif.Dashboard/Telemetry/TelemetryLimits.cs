namespace Intensif.Dashboard.Telemetry;

/// <summary>
/// How much telemetry the dashboard keeps in memory, after Aspire's defaults (10,000 logs, 10,000 traces, 128
/// attributes per item); the oldest items are dropped first, so memory stays flat under continuous load.
/// </summary>
public sealed record TelemetryLimits
{
    public int MaxLogs { get; init; } = 10_000;
    public int MaxTraces { get; init; } = 10_000;
    public int MaxSpansPerTrace { get; init; } = 1_000;
    public int MaxAttributes { get; init; } = 128;
    public int MaxInstruments { get; init; } = 2_000;
    /// <summary>Data points kept per instrument (all its dimension sets together).</summary>
    public int MaxPointsPerInstrument { get; init; } = 1_000;
}
