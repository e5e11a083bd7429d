using System.Collections.Concurrent;
using Intensif.Hosting.Processes;

namespace Intensif.Hosting.Orchestration;

/// <summary>Console output of every instance, line by line, stderr marked, bounded per instance.</summary>
public sealed class ResourceLoggerService(int linesPerResource = 5000)
{
    private readonly ConcurrentDictionary<string, ConsoleLogBuffer> _buffers = new(StringComparer.OrdinalIgnoreCase);

    public ConsoleLogBuffer For(string instanceName) => _buffers.GetOrAdd(instanceName, _ => new ConsoleLogBuffer(linesPerResource));

    public void Add(string instanceName, ConsoleLine line) => For(instanceName).Add(line);

    public bool Exists(string instanceName) => _buffers.ContainsKey(instanceName);

    public string Tail(string instanceName, int lines = 3) =>
        string.Join(" | ", For(instanceName).After(-1).TakeLast(lines).Select(l => l.Text.Trim()));
}
