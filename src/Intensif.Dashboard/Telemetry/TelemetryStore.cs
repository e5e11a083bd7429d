namespace Intensif.Dashboard.Telemetry;

/// <summary>Everything the OTLP receiver keeps, bounded; paused, nothing new is kept (Aspire's "pause incoming data").</summary>
public sealed class TelemetryStore(TelemetryLimits limits)
{
    public TelemetryLimits Limits { get; } = limits;
    public LogStore Logs { get; } = new(limits);
    public TraceStore Traces { get; } = new(limits);
    public MetricStore Metrics { get; } = new(limits);
    private long _ignored;

    /// <summary>Paused, the receiver still answers the services but keeps nothing; pausing again restarts the count of ignored exports.</summary>
    public bool Paused
    {
        get;
        set
        {
            if (value && !field) Interlocked.Exchange(ref _ignored, 0);
            field = value;
        }
    }

    /// <summary>OTLP exports received and dropped since the last pause: the proof, on the page, that the services still send.</summary>
    public long IgnoredWhilePaused => Interlocked.Read(ref _ignored);

    public void Ignored() => Interlocked.Increment(ref _ignored);

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
