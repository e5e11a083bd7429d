namespace Intensif.Dashboard.Telemetry;

/// <summary>
/// Spans grouped by trace, at most <see cref="TelemetryLimits.MaxTraces"/> traces (the least recently started are
/// dropped) and <see cref="TelemetryLimits.MaxSpansPerTrace"/> spans each.
/// </summary>
public sealed class TraceStore(TelemetryLimits limits)
{
    private readonly Dictionary<string, List<SpanEntry>> _traces = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _order = new();   // trace ids, oldest first (by arrival of their first span)
    private readonly object _gate = new();

    public int Count
    {
        get { lock (_gate) return _traces.Count; }
    }

    public void Add(SpanEntry span)
    {
        lock (_gate)
        {
            if (!_traces.TryGetValue(span.TraceId, out var spans))
            {
                _traces[span.TraceId] = spans = [];
                _order.AddLast(span.TraceId);
                while (_order.Count > limits.MaxTraces)
                {
                    _traces.Remove(_order.First!.Value);
                    _order.RemoveFirst();
                }
            }
            if (spans.Count < limits.MaxSpansPerTrace) spans.Add(span);
        }
    }

    public IReadOnlyList<SpanEntry>? Get(string traceId)
    {
        lock (_gate) return _traces.TryGetValue(traceId, out var spans) ? spans.OrderBy(s => s.Start).ToList() : null;
    }

    /// <summary>Newest first, those touching <paramref name="resource"/> and whose spans mention <paramref name="text"/>.</summary>
    public IReadOnlyList<TraceSummary> Query(string? resource, string? text, int take)
    {
        lock (_gate)
        {
            var found = new List<TraceSummary>();
            for (var node = _order.Last; node is not null && found.Count < take; node = node.Previous)
            {
                var spans = _traces[node.Value];
                if (resource is { Length: > 0 } && !spans.Any(s => string.Equals(s.Resource, resource, StringComparison.OrdinalIgnoreCase))) continue;
                if (text is { Length: > 0 } && !spans.Any(s => s.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || s.TraceId.StartsWith(text, StringComparison.OrdinalIgnoreCase))) continue;
                found.Add(Summarize(node.Value, spans));
            }
            return found;
        }
    }

    public void Clear(string? resource)
    {
        lock (_gate)
        {
            if (resource is null) { _traces.Clear(); _order.Clear(); return; }
            for (var node = _order.First; node is not null;)
            {
                var next = node.Next;
                var spans = _traces[node.Value];
                spans.RemoveAll(s => string.Equals(s.Resource, resource, StringComparison.OrdinalIgnoreCase));
                if (spans.Count == 0) { _traces.Remove(node.Value); _order.Remove(node); }
                node = next;
            }
        }
    }

    public IEnumerable<string> Resources()
    {
        lock (_gate) return _traces.Values.SelectMany(s => s).Select(s => s.Resource).Distinct().ToList();
    }

    private static TraceSummary Summarize(string traceId, List<SpanEntry> spans)
    {
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        // the root is the span without a parent; a trace still arriving shows its earliest span with a known parent missing
        var root = spans.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).MinBy(s => s.Start) ?? spans[0];
        var start = spans.Min(s => s.Start);
        var end = spans.Max(s => s.End);
        var resources = spans.OrderBy(s => s.Start).Select(s => s.Resource).Distinct().ToList();
        return new TraceSummary(traceId, $"{root.Resource}: {root.Name}", start, (end - start).TotalMilliseconds, spans.Count,
            spans.Count(s => s.IsError), resources);
    }
}
