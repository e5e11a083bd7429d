namespace Intensif.Dashboard.Telemetry;

/// <summary>
/// Instruments per resource and meter, each with its last <see cref="TelemetryLimits.MaxPointsPerInstrument"/> data
/// points; at most <see cref="TelemetryLimits.MaxInstruments"/> instruments.
/// </summary>
public sealed class MetricStore(TelemetryLimits limits)
{
    private readonly Dictionary<(string Resource, string Meter, string Name), (InstrumentInfo Info, Queue<MetricPoint> Points)> _instruments = [];
    private readonly object _gate = new();

    public int PointCount
    {
        get { lock (_gate) return _instruments.Values.Sum(i => i.Points.Count); }
    }

    public void Add(InstrumentInfo info, IEnumerable<MetricPoint> points)
    {
        lock (_gate)
        {
            var key = (info.Resource, info.Meter, info.Name);
            if (!_instruments.TryGetValue(key, out var instrument))
            {
                if (_instruments.Count >= limits.MaxInstruments) return;
                _instruments[key] = instrument = (info, new Queue<MetricPoint>());
            }
            foreach (var point in points)
            {
                instrument.Points.Enqueue(point);
                while (instrument.Points.Count > limits.MaxPointsPerInstrument) instrument.Points.Dequeue();
            }
        }
    }

    public IReadOnlyList<InstrumentInfo> Instruments(string? resource)
    {
        lock (_gate)
            return _instruments.Values.Select(i => i.Info)
                .Where(i => resource is not { Length: > 0 } || string.Equals(i.Resource, resource, StringComparison.OrdinalIgnoreCase))
                .OrderBy(i => i.Meter).ThenBy(i => i.Name).ToList();
    }

    public (InstrumentInfo Info, IReadOnlyList<MetricPoint> Points)? Points(string resource, string meter, string name)
    {
        lock (_gate)
            return _instruments.TryGetValue((resource, meter, name), out var i) ? (i.Info, i.Points.ToList()) : null;
    }

    public void Clear(string? resource)
    {
        lock (_gate)
        {
            foreach (var key in _instruments.Keys.Where(k => resource is null || string.Equals(k.Resource, resource, StringComparison.OrdinalIgnoreCase)).ToList())
                _instruments.Remove(key);
        }
    }

    public IEnumerable<string> Resources()
    {
        lock (_gate) return _instruments.Keys.Select(k => k.Resource).Distinct().ToList();
    }
}
