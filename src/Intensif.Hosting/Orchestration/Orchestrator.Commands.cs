using System.Diagnostics;
using Intensif.Hosting.Orchestration.Runners;
using Intensif.Hosting.Servers;

namespace Intensif.Hosting.Orchestration;

/// <summary>
/// An operator's start, stop and restart of one process while the application runs (Aspire's KnownResourceCommands).
/// A restart reuses the environment of the first start (same port, connection strings, keys) and waits until healthy.
/// Servers are not commanded: everything else depends on them.
/// </summary>
internal sealed partial class Orchestrator
{
    public static readonly IReadOnlyList<string> KnownCommands = ["start", "stop", "restart"];

    public async Task<ResourceCommandResult> ExecuteCommandAsync(string instanceName, string command, CancellationToken cancellationToken)
    {
        var runner = _runners.FirstOrDefault(r => string.Equals(r.Instance.Name, instanceName, StringComparison.OrdinalIgnoreCase));
        if (runner is null) return ResourceCommandResult.Failure($"There is no resource '{instanceName}'.");
        var name = runner.Instance.Name;
        if (!runner.AcceptsCommands)
            return ResourceCommandResult.Failure($"{name} is a server or a database: others depend on it, so it is not stopped or restarted while the application runs.");
        if (!KnownCommands.Contains(command)) return ResourceCommandResult.Failure($"Unknown command '{command}': start, stop or restart.");

        await runner.CommandGate.WaitAsync(cancellationToken);
        try
        {
            if (_stopping) return ResourceCommandResult.Failure("The application is stopping.");
            var state = _notifications.Find(name)!.State;
            var running = state is ResourceState.Running or ResourceState.Unhealthy;
            var finished = state is ResourceState.Exited or ResourceState.FailedToStart;
            switch (command)
            {
                case "stop" when !running:
                    return ResourceCommandResult.Failure($"{name} is not running ({state}).");
                case "start" when !finished:
                    return ResourceCommandResult.Failure($"{name} cannot be started while it is {state}.");
                case "restart" when !running && !finished:
                    return ResourceCommandResult.Failure($"{name} cannot be restarted while it is {state}.");
            }
            if (running)
            {
                runner.StopRequested = true;
                await StopAsync(runner);
                if (command == "stop") return ResourceCommandResult.Success($"{name} stopped.");
            }
            return await StartAgainAsync(runner);
        }
        finally
        {
            runner.CommandGate.Release();
        }
    }

    /// <summary>Starts a stopped process with its first environment; bounded by its start timeout, not by the caller.</summary>
    private async Task<ResourceCommandResult> StartAgainAsync(InstanceRunner runner)
    {
        var token = _lifetime.Token;
        var name = runner.Instance.Name;
        runner.StopRequested = false;
        Update(runner, s => s with { State = ResourceState.Starting, Health = HealthStatus.Unknown, Description = null, ExitCode = null, StoppedAt = null });
        var started = Stopwatch.StartNew();
        try
        {
            await runner.StartAsync(token).WaitAsync(runner.StartTimeout, token);
            var process = runner.Process!;
            _orphans.Track(runner.OrphanCleanup.Kind, runner.OrphanCleanup.Signal, process.Id);
            _ = WatchExitAsync(runner, process);
            Update(runner, s => s with { State = ResourceState.Running, StartedAt = DateTimeOffset.UtcNow, ProcessId = process.Id });
            await WaitUntilHealthyAsync(runner, started, token);
            _ = WatchHealthAsync(runner, process);
            return ResourceCommandResult.Success($"{name} started: healthy in {started.Elapsed.TotalSeconds:0.0} s.");
        }
        catch (Exception e) when (e is HostingException or TimeoutException)
        {
            var message = e is HostingException ? e.Message : $"{name} did not start within {runner.StartTimeout.TotalSeconds:0} s.";
            runner.StopRequested = true;
            await runner.StopAsync(_plan.Settings.StopGracePeriod);
            Update(runner, s => s with { State = ResourceState.FailedToStart, Health = HealthStatus.Unknown, Description = message, StoppedAt = DateTimeOffset.UtcNow });
            return ResourceCommandResult.Failure(message);
        }
    }
}
