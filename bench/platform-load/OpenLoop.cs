using System.Diagnostics;

namespace PlatformLoad;

/// <summary>
/// Sends requests at a fixed rate whatever the answers' speed (an open loop, as independent callers would), so a slow
/// system shows as growing latencies instead of a politely lower request rate.
/// </summary>
public static class OpenLoop
{
    public sealed record Result(Latencies Latencies, int Sent, int Failed, double Seconds)
    {
        public double Throughput => (Sent - Failed) / Seconds;
    }

    public static async Task<Result> RunAsync(int perSecond, TimeSpan duration, Func<int, Task<bool>> request)
    {
        var latencies = new Latencies();
        var failed = 0;
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = (int)(perSecond * duration.TotalSeconds);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            var index = i;
            inFlight.Add(Task.Run(async () =>
            {
                var ok = await request(index);
                // measured from the planned send time: a generator falling behind counts against the system, not for it
                latencies.Add((clock.Elapsed - due).TotalMilliseconds);
                if (!ok) Interlocked.Increment(ref failed);
            }));
        }
        await Task.WhenAll(inFlight);
        return new Result(latencies, total, failed, clock.Elapsed.TotalSeconds);
    }

    /// <summary>A closed loop: <paramref name="clients"/> callers each sending the next request when the last one answered.</summary>
    public static async Task<(Latencies Latencies, double Throughput)> ClosedAsync(int clients, TimeSpan duration, Func<Task> request,
        Func<bool>? stopWhen = null)
    {
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration && stopWhen?.Invoke() != true)
            {
                var started = Stopwatch.GetTimestamp();
                await request();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        return (latencies, latencies.Count / clock.Elapsed.TotalSeconds);
    }
}
