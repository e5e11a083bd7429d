namespace Intensif.Dashboard.Telemetry;

/// <summary>Everything the OTLP receiver keeps, bounded; paused, nothing new is kept (Aspire's "pause incoming data").</summary>
public sealed class TelemetryStore(TelemetryLimits limits)
{
    public TelemetryLimits Limits { get; } = limits;
    public LogStore Logs { get; } = new(limits);
    public TraceStore Traces { get; } = new(limits);
    public MetricStore Metrics { get; } = new(limits);
    public bool Paused { get; set; }

    /// <summary>Forgets the telemetry of one resource, or of all when <paramref name="resource"/> is null.</summary>
    public void Clear(string? resource)
    {
        Logs.Clear(resource);
        Traces.Clear(resource);
        Metrics.Clear(resource);
    }

    public IReadOnlyList<string> Resources() =>
        Logs.Resources().Concat(Traces.Resources()).Concat(Metrics.Resources()).Distinct(StringComparer.OrdinalIgnoreCase).Order().ToList();
}
