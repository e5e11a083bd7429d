namespace PlatformLoad;

/// <summary>Latencies of one measured series, in milliseconds, with nearest-rank percentiles.</summary>
public sealed class Latencies
{
    private readonly List<double> _values = [];

    public int Count
    {
        get { lock (_values) return _values.Count; }
    }

    public void Add(double milliseconds)
    {
        lock (_values) _values.Add(milliseconds);
    }

    public double Percentile(double p)
    {
        lock (_values)
        {
            if (_values.Count == 0) return double.NaN;
            var sorted = _values.Order().ToArray();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        }
    }

    public string Summary() => $"n={Count} p50={Percentile(50):F2} ms p95={Percentile(95):F2} ms p99={Percentile(99):F2} ms";
}
