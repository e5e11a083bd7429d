using Intensif.Hosting;
using Intensif.Hosting.Orchestration;

namespace Intensif.Platform.Tests.Hosting;

/// <summary>
/// Runs a small app model for real (child processes, health checks) in the test process, records every state
/// change in order, and stops it like Ctrl+C would. Waits are bounded so a broken orchestrator fails, never hangs.
/// </summary>
internal sealed class AppRun : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<ResourceSnapshot> _history = [];
    private readonly List<(Func<ResourceSnapshot, bool> Condition, TaskCompletionSource<ResourceSnapshot> Seen)> _waiters = [];
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly Task _run;

    public AppRun(DistributedApplication app)
    {
        app.Output = TextWriter.Synchronized(_output);
        app.Error = TextWriter.Synchronized(_error);
        app.Notifications.Changed += (_, next) =>
        {
            lock (_history)
            {
                _history.Add(next);
                foreach (var waiter in _waiters.Where(w => w.Condition(next))) waiter.Seen.TrySetResult(next);
            }
        };
        App = app;
        _run = Task.Run(() => app.RunAsync(_stop.Token));
    }

    public DistributedApplication App { get; }
    public string Output => _output.ToString();
    public string Error => _error.ToString();

    public List<ResourceSnapshot> History
    {
        get { lock (_history) return _history.ToList(); }
    }

    public Task<ResourceSnapshot> WaitForAsync(Func<ResourceSnapshot, bool> condition)
    {
        lock (_history)
        {
            if (_history.FirstOrDefault(condition) is { } seen) return Task.FromResult(seen);
            var waiter = (condition, new TaskCompletionSource<ResourceSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously));
            _waiters.Add(waiter);
            return waiter.Item2.Task.WaitAsync(Patience);
        }
    }

    /// <summary>The run ends by itself (start-up failure): returns its exit code.</summary>
    public async Task<int> CompletionAsync()
    {
        await _run.WaitAsync(Patience);
        return Environment.ExitCode;
    }

    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await CompletionAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_run.IsCompleted) await StopAsync();
        _stop.Dispose();
    }
}
