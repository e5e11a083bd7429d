namespace Intensif.Dashboard.Telemetry;

/// <summary>The newest structured logs of every resource, at most <see cref="TelemetryLimits.MaxLogs"/>.</summary>
public sealed class LogStore(TelemetryLimits limits)
{
    private readonly LinkedList<LogEntry> _entries = new();
    private long _next;

    public int Count
    {
        get { lock (_entries) return _entries.Count; }
    }

    public void Add(Func<long, LogEntry> create)
    {
        lock (_entries)
        {
            _entries.AddLast(create(_next++));
            while (_entries.Count > limits.MaxLogs) _entries.RemoveFirst();
        }
    }

    /// <summary>Newest first: those of <paramref name="resource"/>, at least <paramref name="minSeverity"/>, containing <paramref name="text"/>.</summary>
    public IReadOnlyList<LogEntry> Query(string? resource, int minSeverity, string? text, string? traceId, int take)
    {
        lock (_entries)
        {
            var found = new List<LogEntry>();
            for (var node = _entries.Last; node is not null && found.Count < take; node = node.Previous)
            {
                var e = node.Value;
                if (resource is { Length: > 0 } && !string.Equals(e.Resource, resource, StringComparison.OrdinalIgnoreCase)) continue;
                if (e.SeverityNumber < minSeverity) continue;
                if (traceId is { Length: > 0 } && e.TraceId != traceId) continue;
                if (text is { Length: > 0 } && !Matches(e, text)) continue;
                found.Add(e);
            }
            return found;
        }
    }

    public void Clear(string? resource)
    {
        lock (_entries)
        {
            if (resource is null) { _entries.Clear(); return; }
            for (var node = _entries.First; node is not null;)
            {
                var next = node.Next;
                if (string.Equals(node.Value.Resource, resource, StringComparison.OrdinalIgnoreCase)) _entries.Remove(node);
                node = next;
            }
        }
    }

    public IEnumerable<string> Resources()
    {
        lock (_entries) return _entries.Select(e => e.Resource).Distinct().ToList();
    }

    private static bool Matches(LogEntry e, string text) =>
        e.Message.Contains(text, StringComparison.OrdinalIgnoreCase)
        || e.Category.Contains(text, StringComparison.OrdinalIgnoreCase)
        || e.Attributes.Any(a => a.Value.Contains(text, StringComparison.OrdinalIgnoreCase));
}
