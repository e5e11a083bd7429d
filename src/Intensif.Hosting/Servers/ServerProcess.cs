using Intensif.Hosting.Processes;

namespace Intensif.Hosting.Servers;

/// <summary>
/// Starts a prepared server command and waits until its health check passes; fails with one clear line if the
/// process dies or the check never passes. Used by tests and tools that need a server without the whole app model.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly PosixSignalNumber _stopSignal;
    private readonly Func<Task>? _afterStop;
    private readonly Queue<string> _tail = new();

    private ServerProcess(ChildProcessSpec spec, PosixSignalNumber stopSignal, Func<Task>? afterStop)
    {
        _stopSignal = stopSignal;
        _afterStop = afterStop;
        _process = ChildProcess.Start(spec, line =>
        {
            lock (_tail)
            {
                _tail.Enqueue(line.Text);
                if (_tail.Count > 20) _tail.Dequeue();
            }
        });
    }

    public static async Task<ServerProcess> StartAsync(
        string name, ChildProcessSpec spec, Func<CancellationToken, Task<bool>> isHealthy,
        PosixSignalNumber stopSignal, TimeSpan timeout, Func<Task>? afterStop = null, CancellationToken cancellationToken = default)
    {
        var server = new ServerProcess(spec, stopSignal, afterStop);
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (server._process.HasExited)
            {
                await server.DisposeAsync();
                throw new HostingException($"{name} exited during start-up: {server.Tail()}");
            }
            if (await isHealthy(cancellationToken)) return server;
            await Task.Delay(200, cancellationToken);
        }
        await server.DisposeAsync();
        throw new HostingException($"{name} did not become healthy within {timeout.TotalSeconds:0} s: {server.Tail()}");
    }

    public static async Task<ServerProcess> StartPostgresAsync(PostgresLauncher launcher, CancellationToken cancellationToken = default, TimeSpan? timeout = null) =>
        await StartAsync("PostgreSQL", await launcher.PrepareAsync(cancellationToken), launcher.IsHealthyAsync,
            PosixSignalNumber.Interrupt, timeout ?? TimeSpan.FromSeconds(30), cancellationToken: cancellationToken);

    /// <summary>A fresh node boots in about 6 s on an idle machine; <paramref name="timeout"/> is for busy ones.</summary>
    public static Task<ServerProcess> StartRabbitMqAsync(RabbitMqLauncher launcher, CancellationToken cancellationToken = default, TimeSpan? timeout = null) =>
        StartAsync("RabbitMQ", launcher.Prepare(), launcher.IsHealthyAsync,
            PosixSignalNumber.Term, timeout ?? TimeSpan.FromSeconds(60), launcher.StopEpmdAsync, cancellationToken);

    public int ProcessId => _process.Id;

    public string Tail()
    {
        lock (_tail) return string.Join(" | ", _tail.TakeLast(5));
    }

    public async ValueTask DisposeAsync()
    {
        await _process.StopAsync(_stopSignal, TimeSpan.FromSeconds(20));
        if (_afterStop is not null) await _afterStop();
    }
}
