namespace Intensif.Dashboard.Telemetry;

/// <summary>One structured log record, as an OTLP log arrives: who sent it, its level, its message and its trace.</summary>
public sealed record LogEntry(
    long Sequence, DateTimeOffset At, string Resource, string Service, int SeverityNumber, string Level, string Category,
    string Message, IReadOnlyList<KeyValuePair<string, string>> Attributes, string? TraceId, string? SpanId);

/// <summary>One span of a trace, with the resource that emitted it.</summary>
public sealed record SpanEntry(
    string TraceId, string SpanId, string? ParentSpanId, string Name, string Kind, string Resource, string Scope,
    DateTimeOffset Start, DateTimeOffset End, bool IsError, string? StatusMessage,
    IReadOnlyList<KeyValuePair<string, string>> Attributes, IReadOnlyList<SpanEvent> Events)
{
    public double DurationMs => (End - Start).TotalMilliseconds;
}

public sealed record SpanEvent(DateTimeOffset At, string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes);

/// <summary>A trace as listed: its root (or earliest) span, the resources it crossed, its size and errors.</summary>
public sealed record TraceSummary(
    string TraceId, string Name, DateTimeOffset Start, double DurationMs, int SpanCount, int ErrorCount, IReadOnlyList<string> Resources);

/// <summary>An instrument a resource reports, e.g. Microsoft.AspNetCore.Hosting / http.server.request.duration (s, histogram).</summary>
public sealed record InstrumentInfo(string Resource, string Meter, string Name, string Description, string Unit, string Type);

/// <summary>
/// One exported value of one dimension set. Counters and gauges carry <see cref="Value"/>; histograms carry their
/// count, sum and estimated percentiles, with <see cref="Value"/> the estimated p90.
/// </summary>
public sealed record MetricPoint(
    DateTimeOffset At, string Dimensions, double Value, ulong? Count = null, double? Sum = null,
    double? P50 = null, double? P90 = null, double? P99 = null);
