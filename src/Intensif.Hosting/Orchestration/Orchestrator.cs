using System.Diagnostics;
using Intensif.Hosting.ApplicationModel;
using Intensif.Hosting.Orchestration.Runners;
using Intensif.Hosting.Processes;
using Intensif.Hosting.Servers;

namespace Intensif.Hosting.Orchestration;

/// <summary>
/// Runs the plan: each instance waits for what it depends on to be healthy, starts, is polled until healthy
/// (fast), then watched (slowly); a process that exits is shown as Exited, never restarted. Any start-up failure
/// stops the start with one <see cref="HostingException"/>. Stopping goes from dependents to dependencies.
/// An operator's start / stop / restart of one process is in Orchestrator.Commands.cs.
/// </summary>
internal sealed partial class Orchestrator : IAsyncDisposable
{
    private static readonly TimeSpan FastPoll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan SlowPoll = TimeSpan.FromSeconds(5);

    private readonly ApplicationPlan _plan;
    private readonly ResourceNotificationService _notifications;
    private readonly ResourceLoggerService _logs;
    private readonly List<InstanceRunner> _runners;
    private readonly Dictionary<IResource, Readiness> _readiness;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly OrphanCleanup _orphans;
    private readonly List<Task> _runs = [];
    private volatile bool _stopping;

    public Orchestrator(ApplicationPlan plan, ResourceNotificationService notifications, ResourceLoggerService logs)
    {
        _plan = plan;
        _notifications = notifications;
        _logs = logs;
        _runners = plan.Instances.Select(CreateRunner).ToList();
        _readiness = plan.Model.Resources.ToDictionary(r => r, r => new Readiness(plan.InstancesOf(r).Count));
        _orphans = new OrphanCleanup(plan.Settings.StateDirectory, _runners.OfType<RabbitMqServerRunner>().FirstOrDefault()?.EpmdPort);
        foreach (var runner in _runners) _notifications.Publish(InitialSnapshot(runner));
    }

    public int InstanceCount => _runners.Count;

    /// <summary>Starts everything; returns when all is healthy, throws the first start-up failure.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        _runs.AddRange(_runners.Select(r => RunAsync(r, startup.Token)));
        var pending = _runs.ToList();
        while (pending.Count > 0)
        {
            var finished = await Task.WhenAny(pending);
            pending.Remove(finished);
            if (finished.IsFaulted || finished.IsCanceled)
            {
                await startup.CancelAsync();
                await Task.WhenAll(pending).ContinueWith(_ => { }, TaskScheduler.Default);
                await finished;   // rethrows the failure (or the cancellation)
            }
        }
    }

    /// <summary>Stops dependents before their dependencies: the gateway, then services, servers last.</summary>
    public async Task StopAsync()
    {
        if (_stopping) return;
        _stopping = true;
        await _lifetime.CancelAsync();
        foreach (var level in _runners.GroupBy(r => _plan.LevelOf(r.Instance.Resource)).OrderByDescending(g => g.Key))
            await Task.WhenAll(level.Select(StopAsync));
        _orphans.Complete();
    }

    private async Task StopAsync(InstanceRunner runner)
    {
        if (runner.Process is { HasExited: false } process)
        {
            SetState(runner, ResourceState.Stopping);
            await runner.StopAsync(_plan.Settings.StopGracePeriod);
            Update(runner, s => s with
            {
                State = ResourceState.Exited, Health = HealthStatus.Unknown, ExitCode = process.HasExited ? process.Exited.Result : null,
                StoppedAt = DateTimeOffset.UtcNow, Description = "stopped",
            });
        }
        else if (_notifications.Find(runner.Instance.Name)?.State is ResourceState.Running or ResourceState.Unhealthy)
        {
            Update(runner, s => s with { State = ResourceState.Exited, Health = HealthStatus.Unknown, StoppedAt = DateTimeOffset.UtcNow, Description = "stopped" });
        }
    }

    private async Task RunAsync(InstanceRunner runner, CancellationToken cancellationToken)
    {
        var resource = runner.Instance.Resource;
        var waits = _plan.WaitsOf(resource).ToList();
        if (waits.Count > 0)
        {
            SetState(runner, ResourceState.Waiting);
            await Task.WhenAll(waits.Select(w => _readiness[w].Ready)).WaitAsync(cancellationToken);
        }
        // a reference without WaitFor still needs the referenced connection string / ports to be known
        await Task.WhenAll(_plan.ReferencesOf(resource).Select(r => _readiness[r].Started)).WaitAsync(cancellationToken);

        SetState(runner, ResourceState.Starting);
        var started = Stopwatch.StartNew();
        try
        {
            await runner.StartAsync(cancellationToken).WaitAsync(runner.StartTimeout, cancellationToken);
        }
        catch (Exception e) when (e is HostingException or TimeoutException)
        {
            var message = e is HostingException ? e.Message : $"{runner.Instance.Name} did not start within {runner.StartTimeout.TotalSeconds:0} s.";
            Update(runner, s => s with { State = ResourceState.FailedToStart, Description = message });
            throw new HostingException(message);
        }
        if (runner.Process is { } process)
        {
            _orphans.Track(runner.OrphanCleanup.Kind, runner.OrphanCleanup.Signal, process.Id);
            _ = WatchExitAsync(runner, process);
        }
        Update(runner, s => s with
        {
            State = ResourceState.Running, StartedAt = DateTimeOffset.UtcNow, ProcessId = runner.Process?.Id,
            Environment = runner.LaunchEnvironment,
        });
        _readiness[resource].InstanceStarted();

        await WaitUntilHealthyAsync(runner, started, cancellationToken);
        await runner.OnReadyAsync(cancellationToken);
        _readiness[resource].InstanceReady();
        _ = WatchHealthAsync(runner, runner.Process);
    }

    private async Task WaitUntilHealthyAsync(InstanceRunner runner, Stopwatch started, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (runner.Process is { HasExited: true } exited)
                throw new HostingException($"{runner.Instance.Name} exited during start-up with code {exited.Exited.Result}: {Tail(runner)}");
            var health = await runner.CheckHealthAsync(cancellationToken);
            RecordHealth(runner, health);
            if (health.IsHealthy) return;
            if (started.Elapsed > runner.StartTimeout)
            {
                var message = $"{runner.Instance.Name} did not become healthy within {runner.StartTimeout.TotalSeconds:0} s ({health.Description}). Its last output: {Tail(runner)}";
                Update(runner, s => s with { State = ResourceState.FailedToStart, Description = message });
                throw new HostingException(message);
            }
            await Task.Delay(FastPoll, cancellationToken);
        }
    }

    /// <summary>Watches one process (null for databases) until it exits or a restart replaces it.</summary>
    private async Task WatchHealthAsync(InstanceRunner runner, ChildProcess? process)
    {
        var token = _lifetime.Token;
        try
        {
            while (!token.IsCancellationRequested && runner.Process == process && process is not { HasExited: true })
            {
                var healthy = _notifications.Find(runner.Instance.Name)?.Health == HealthStatus.Healthy;
                await Task.Delay(healthy ? SlowPoll : FastPoll * 2, token);
                if (runner.Process != process || process is { HasExited: true }) return;
                RecordHealth(runner, await runner.CheckHealthAsync(token));
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private async Task WatchExitAsync(InstanceRunner runner, ChildProcess process)
    {
        var code = await process.Exited;
        // an operator's stop reports itself; a restart has already replaced the process
        if (_stopping || runner.StopRequested || runner.Process != process) return;
        Update(runner, s => s.State == ResourceState.FailedToStart ? s : s with
        {
            State = ResourceState.Exited, Health = HealthStatus.Unknown, ExitCode = code,
            StoppedAt = DateTimeOffset.UtcNow, Description = $"exited with code {code}: {Tail(runner)}",
        });
    }

    private void RecordHealth(InstanceRunner runner, HealthResult health) => Update(runner, s =>
    {
        if (s.State is not (ResourceState.Running or ResourceState.Unhealthy)) return s;
        var wasHealthy = s.Health == HealthStatus.Healthy;
        return s with
        {
            Health = health.IsHealthy ? HealthStatus.Healthy : HealthStatus.Unhealthy,
            // Unhealthy is a state only for a resource that was healthy: during start-up it is still Running
            State = health.IsHealthy ? ResourceState.Running : wasHealthy || s.State == ResourceState.Unhealthy ? ResourceState.Unhealthy : s.State,
            Description = health.Description,
            HealthCheckedAt = DateTimeOffset.UtcNow,
            HealthReports = health.Reports.Count > 0
                ? health.Reports
                : [new HealthReport(s.Name + "_check", health.IsHealthy ? HealthStatus.Healthy : HealthStatus.Unhealthy, health.Description)],
        };
    });

    private string Tail(InstanceRunner runner) => _logs.Tail(runner.Instance.Name) is { Length: > 0 } tail ? tail : "(no output)";

    private void SetState(InstanceRunner runner, ResourceState state) => Update(runner, s => s with { State = state });

    private void Update(InstanceRunner runner, Func<ResourceSnapshot, ResourceSnapshot> change) =>
        _notifications.Update(runner.Instance.Name, change);

    private InstanceRunner CreateRunner(ResourceInstance instance) => instance.Resource switch
    {
        PostgresServerResource => new PostgresServerRunner(instance, _plan, _logs),
        PostgresDatabaseResource => new DatabaseRunner(instance, _plan),
        RabbitMQServerResource => new RabbitMqServerRunner(instance, _plan, _logs),
        ProjectResource or ExecutableResource => new ProcessRunner(instance, _plan, _logs, _http),
        _ => throw new InvalidOperationException($"No runner for {instance.Resource}."),
    };

    private ResourceSnapshot InitialSnapshot(InstanceRunner runner) => new()
    {
        Name = runner.Instance.Name,
        ResourceName = runner.Instance.Resource.Name,
        ResourceType = (runner.Instance.Resource as Resource)?.ResourceType ?? runner.Instance.Resource.GetType().Name,
        ReplicaIndex = runner.Instance.ReplicaIndex,
        Parent = (runner.Instance.Resource as IResourceWithParent)?.Parent.Name,
        Urls = runner.Instance.Url is { } url ? [url] : [],
        WaitsFor = _plan.WaitsOf(runner.Instance.Resource).Select(r => r.Name).ToList(),
        Commands = runner.AcceptsCommands ? KnownCommands : [],
    };

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _http.Dispose();
        _lifetime.Dispose();
    }
}
