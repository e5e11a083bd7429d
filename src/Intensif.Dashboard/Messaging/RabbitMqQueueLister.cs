using System.Diagnostics;
using System.Text.Json;

namespace Intensif.Dashboard.Messaging;

/// <summary>
/// Lists the private node's queues with <c>rabbitmqctl list_queues</c>, run with the node's environment (the one the
/// AppHost gave the broker: node name, epmd port, HOME holding the cookie). A call takes about a second, so the answer
/// is kept for a few seconds and concurrent pages share one call. It boots an Erlang VM, which a loaded machine slows
/// down: the page gives up after <c>timeout</c> (15 s by default) and says so.
/// </summary>
internal sealed class RabbitMqQueueLister(string rabbitmqctl = RabbitMqQueueLister.DefaultTool, TimeSpan? timeout = null)
{
    public const string DefaultTool = "/usr/lib/rabbitmq/bin/rabbitmqctl";
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(15);
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(3);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BrokerQueues? _last;

    public async Task<BrokerQueues> ListAsync(IReadOnlyDictionary<string, string> nodeEnvironment, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_last is { } last && DateTimeOffset.UtcNow - last.At < KeepFor) return last;
            return _last = await RunAsync(nodeEnvironment, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<BrokerQueues> RunAsync(IReadOnlyDictionary<string, string> nodeEnvironment, CancellationToken cancellationToken)
    {
        if (!nodeEnvironment.ContainsKey("RABBITMQ_NODENAME"))
            return Failed("the broker is external or not started: its queues are listed only for the AppHost's own node");
        var start = new ProcessStartInfo(rabbitmqctl, ["-q", "list_queues", "name", "messages", "consumers", "--formatter", "json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in nodeEnvironment) start.Environment[name] = value;
        try
        {
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_timeout);
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                return Failed($"rabbitmqctl did not answer within {_timeout.TotalSeconds:0} s");
            }
            if (process.ExitCode != 0) return Failed($"rabbitmqctl exited with code {process.ExitCode}: {(await error).Trim()}");
            return new BrokerQueues(Parse(await output), null, DateTimeOffset.UtcNow);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return Failed($"cannot run {rabbitmqctl}: {e.Message}");
        }
    }

    /// <summary>rabbitmqctl's JSON: an array of objects with the requested columns.</summary>
    public static IReadOnlyList<BrokerQueue> Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(q => new BrokerQueue(
                q.GetProperty("name").GetString() ?? "",
                q.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Number ? messages.GetInt64() : 0,
                q.TryGetProperty("consumers", out var consumers) && consumers.ValueKind == JsonValueKind.Number ? consumers.GetInt64() : 0))
            .OrderByDescending(q => q.IsErrorQueue && q.Messages > 0)
            .ThenBy(q => q.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static BrokerQueues Failed(string problem) => new([], problem, DateTimeOffset.UtcNow);
}
