using Google.Protobuf;
using Google.Protobuf.Collections;
using Intensif.Dashboard.Otlp.Proto;
using Intensif.Dashboard.Telemetry;

namespace Intensif.Dashboard.Otlp;

/// <summary>Turns OTLP export requests into store entries, named after the resource that sent them.</summary>
internal static class OtlpIngest
{
    private static readonly string[] SpanKinds = ["Unspecified", "Internal", "Server", "Client", "Producer", "Consumer"];

    public static void Logs(TelemetryStore store, ExportLogsServiceRequest request)
    {
        foreach (var rl in request.ResourceLogs)
        {
            var (resource, service) = Identify(rl.Resource);
            foreach (var sl in rl.ScopeLogs)
            foreach (var log in sl.LogRecords)
            {
                var attributes = Attributes(log.Attributes, store.Limits);
                var category = attributes.FirstOrDefault(a => a.Key == "category").Value ?? sl.Scope?.Name ?? "";
                store.Logs.Add(seq => new LogEntry(seq, Time(log.TimeUnixNano != 0 ? log.TimeUnixNano : log.ObservedTimeUnixNano),
                    resource, service, log.SeverityNumber, Level(log.SeverityNumber, log.SeverityText), category,
                    Text(log.Body), attributes.Where(a => a.Key != "category").ToList(), Hex(log.TraceId), Hex(log.SpanId)));
            }
        }
    }

    public static void Traces(TelemetryStore store, ExportTraceServiceRequest request)
    {
        foreach (var rs in request.ResourceSpans)
        {
            var (resource, _) = Identify(rs.Resource);
            foreach (var ss in rs.ScopeSpans)
            foreach (var span in ss.Spans)
            {
                var traceId = Hex(span.TraceId);
                if (traceId is null) continue;
                store.Traces.Add(new SpanEntry(traceId, Hex(span.SpanId) ?? "", Hex(span.ParentSpanId), span.Name,
                    span.Kind >= 0 && span.Kind < SpanKinds.Length ? SpanKinds[span.Kind] : "Unspecified", resource, ss.Scope?.Name ?? "",
                    Time(span.StartTimeUnixNano), Time(span.EndTimeUnixNano), span.Status?.Code == 2, NullIfEmpty(span.Status?.Message),
                    Attributes(span.Attributes, store.Limits),
                    span.Events.Select(e => new SpanEvent(Time(e.TimeUnixNano), e.Name, Attributes(e.Attributes, store.Limits))).ToList()));
            }
        }
    }

    public static void Metrics(TelemetryStore store, ExportMetricsServiceRequest request)
    {
        foreach (var rm in request.ResourceMetrics)
        {
            var (resource, _) = Identify(rm.Resource);
            foreach (var sm in rm.ScopeMetrics)
            foreach (var metric in sm.Metrics)
            {
                var (type, points) = metric.DataCase switch
                {
                    Metric.DataOneofCase.Gauge => ("gauge", metric.Gauge.DataPoints.Select(p => Number(p, store.Limits))),
                    Metric.DataOneofCase.Sum => (metric.Sum.IsMonotonic ? "counter" : "updown-counter", metric.Sum.DataPoints.Select(p => Number(p, store.Limits))),
                    Metric.DataOneofCase.Histogram => ("histogram", metric.Histogram.DataPoints.Select(p => Histogram(p, store.Limits))),
                    _ => ("", Enumerable.Empty<MetricPoint>()),
                };
                if (type == "") continue;
                store.Metrics.Add(new InstrumentInfo(resource, sm.Scope?.Name ?? "", metric.Name, metric.Description, metric.Unit, type), points.ToList());
            }
        }
    }

    private static MetricPoint Number(NumberDataPoint p, TelemetryLimits limits) =>
        new(Time(p.TimeUnixNano), Dimensions(p.Attributes, limits), p.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? p.AsInt : p.AsDouble);

    private static MetricPoint Histogram(HistogramDataPoint p, TelemetryLimits limits)
    {
        var p90 = Percentile(p, 0.90);
        return new MetricPoint(Time(p.TimeUnixNano), Dimensions(p.Attributes, limits), p90 ?? 0, p.Count, p.HasSum ? p.Sum : null,
            Percentile(p, 0.50), p90, Percentile(p, 0.99));
    }

    /// <summary>
    /// Estimated from explicit buckets, as Aspire does: the upper bound of the bucket holding the quantile
    /// (the last, unbounded bucket reports the highest bound).
    /// </summary>
    internal static double? Percentile(HistogramDataPoint p, double quantile)
    {
        if (p.Count == 0 || p.BucketCounts.Count == 0) return null;
        var rank = quantile * p.Count;
        ulong seen = 0;
        for (var i = 0; i < p.BucketCounts.Count; i++)
        {
            seen += p.BucketCounts[i];
            if (seen >= rank && seen > 0)
                return i < p.ExplicitBounds.Count ? p.ExplicitBounds[i] : p.ExplicitBounds.Count > 0 ? p.ExplicitBounds[^1] : null;
        }
        return p.ExplicitBounds.Count > 0 ? p.ExplicitBounds[^1] : null;
    }

    private static (string Resource, string Service) Identify(Resource? resource)
    {
        string? Attribute(string key) => resource?.Attributes.FirstOrDefault(a => a.Key == key)?.Value?.StringValue;
        var service = Attribute("service.name") ?? "unknown";
        // the AppHost names replicas "{service}-{i}"; an id the SDK generated itself (a GUID) is not a name to show
        var instance = Attribute("service.instance.id");
        return (instance is not null && instance.StartsWith(service, StringComparison.Ordinal) ? instance : service, service);
    }

    private static List<KeyValuePair<string, string>> Attributes(RepeatedField<KeyValue> attributes, TelemetryLimits limits) =>
        attributes.Take(limits.MaxAttributes).Select(a => KeyValuePair.Create(a.Key, Text(a.Value))).ToList();

    private static string Dimensions(RepeatedField<KeyValue> attributes, TelemetryLimits limits) =>
        string.Join(", ", attributes.Take(limits.MaxAttributes).Select(a => $"{a.Key}={Text(a.Value)}").Order(StringComparer.Ordinal));

    private static string Text(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.ArrayValue => "[" + string.Join(", ", value.ArrayValue.Values.Select(Text)) + "]",
        AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.ToByteArray()),
        _ => "",
    };

    /// <summary>OTLP severity numbers: 1–4 trace, 5–8 debug, 9–12 info, 13–16 warn, 17–20 error, 21–24 fatal.</summary>
    private static string Level(int severity, string text) => severity switch
    {
        >= 21 => "Critical",
        >= 17 => "Error",
        >= 13 => "Warning",
        >= 9 => "Information",
        >= 5 => "Debug",
        >= 1 => "Trace",
        _ => text is { Length: > 0 } ? text : "Unspecified",
    };

    private static DateTimeOffset Time(ulong unixNano) => new(DateTime.UnixEpoch.AddTicks((long)(unixNano / 100)));

    private static string? Hex(ByteString bytes) => bytes.IsEmpty || bytes.Span.IndexOfAnyExcept((byte)0) < 0 ? null : Convert.ToHexStringLower(bytes.Span);

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
