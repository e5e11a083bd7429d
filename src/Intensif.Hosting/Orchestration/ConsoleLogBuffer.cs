using Intensif.Hosting.Processes;

namespace Intensif.Hosting.Orchestration;

/// <summary>One console line with its position in the resource's log, so a reader can ask for what follows.</summary>
public sealed record NumberedConsoleLine(long Sequence, DateTimeOffset At, string Text, bool IsError);

/// <summary>The last lines a resource wrote, bounded: older lines are dropped, sequence numbers keep increasing.</summary>
public sealed class ConsoleLogBuffer(int capacity)
{
    private readonly Queue<NumberedConsoleLine> _lines = new();
    private long _next;

    public void Add(ConsoleLine line)
    {
        lock (_lines)
        {
            _lines.Enqueue(new NumberedConsoleLine(_next++, line.At, line.Text, line.IsError));
            while (_lines.Count > capacity) _lines.Dequeue();
        }
    }

    /// <summary>Lines with a sequence number greater than <paramref name="after"/>, at most <paramref name="max"/> (the newest).</summary>
    public IReadOnlyList<NumberedConsoleLine> After(long after, int max = 5000)
    {
        lock (_lines) return _lines.Where(l => l.Sequence > after).TakeLast(max).ToList();
    }
}
