using System.Net;
using System.Net.Sockets;
using Intensif.Hosting;
using Intensif.Hosting.Orchestration;

namespace Intensif.Platform.Tests.Hosting;

/// <summary>The orchestrator with small fake executables: ordering, states, failures, stop.</summary>
[Collection(nameof(OrchestrationTests))]   // runs set Environment.ExitCode: one at a time
public sealed class OrchestrationTests : IDisposable
{
    private readonly TempStateDirectory _state = new();

    public void Dispose() => _state.Dispose();

    /// <summary>An http server that takes a while before it listens on $PORT.</summary>
    private static string[] SlowHttpServer(double delaySeconds) =>
    [
        "-c",
        $"import os, time, http.server; time.sleep({delaySeconds}); " +
        "http.server.HTTPServer(('127.0.0.1', int(os.environ['PORT'])), http.server.SimpleHTTPRequestHandler).serve_forever()",
    ];

    [Fact]
    public async Task A_resource_waits_until_its_dependency_is_healthy_not_just_started()
    {
        var builder = DistributedApplication.CreateBuilder(_state.Args());
        var api = builder.AddExecutable("api", "python3", _state.Path, SlowHttpServer(1.5))
            .WithHttpEndpoint(env: "PORT").WithHttpHealthCheck("/");
        builder.AddExecutable("worker", "bash", _state.Path, "-c", "echo worker up; exec sleep 60").WaitFor(api);
        await using var run = new AppRun(builder.Build());

        await run.WaitForAsync(s => s.Name == "worker" && s.State == ResourceState.Running);
        var exitCode = await run.StopAsync();

        var history = run.History;
        var apiHealthy = history.FindIndex(s => s.Name == "api" && s.Health == HealthStatus.Healthy);
        var workerWaiting = history.FindIndex(s => s.Name == "worker" && s.State == ResourceState.Waiting);
        var workerStarting = history.FindIndex(s => s.Name == "worker" && s.State == ResourceState.Starting);
        Assert.True(workerWaiting >= 0 && workerWaiting < apiHealthy, "worker should be Waiting before api is healthy");
        Assert.True(apiHealthy < workerStarting, "worker should start only once api is healthy");
        Assert.Contains(history, s => s.Name == "api" && s.State == ResourceState.Running && s.Health == HealthStatus.Unhealthy);
        Assert.Equal(0, exitCode);
        Assert.Contains("[worker] Waiting -> Starting", run.Output);
        Assert.Contains("is running", run.Output);
    }

    [Fact]
    public async Task Stopping_ends_every_child_dependents_first_and_frees_their_ports()
    {
        var builder = DistributedApplication.CreateBuilder(_state.Args());
        var api = builder.AddExecutable("api", "python3", _state.Path, SlowHttpServer(0))
            .WithHttpEndpoint(env: "PORT").WithHttpHealthCheck("/");
        builder.AddExecutable("front", "python3", _state.Path, SlowHttpServer(0))
            .WithHttpEndpoint(env: "PORT").WithHttpHealthCheck("/").WithReference(api).WaitFor(api);
        await using var run = new AppRun(builder.Build());
        var front = await run.WaitForAsync(s => s.Name == "front" && s.Health == HealthStatus.Healthy);
        var apiPid = run.App.Notifications.Find("api")!.ProcessId!.Value;

        Assert.Equal(0, await run.StopAsync());

        var history = run.History;
        Assert.True(
            history.FindIndex(s => s.Name == "front" && s.State == ResourceState.Exited)
            < history.FindIndex(s => s.Name == "api" && s.State == ResourceState.Stopping),
            "the dependent stops before what it depends on");
        Assert.False(Directory.Exists($"/proc/{front.ProcessId}"));
        Assert.False(Directory.Exists($"/proc/{apiPid}"));
        Assert.All(run.App.Notifications.GetSnapshots(), s => Assert.Equal(ResourceState.Exited, s.State));
        Assert.False(File.Exists(Path.Combine(_state.Path, "run", "pids")));
    }

    [Fact]
    public async Task A_process_that_dies_during_start_up_fails_the_run_with_one_line_naming_it()
    {
        var builder = DistributedApplication.CreateBuilder(_state.Args());
        builder.AddExecutable("broken", "bash", _state.Path, "-c", "echo 'cannot read settings' >&2; exit 3")
            .WithHttpEndpoint(env: "PORT").WithHttpHealthCheck("/");
        await using var run = new AppRun(builder.Build());

        Assert.Equal(1, await run.CompletionAsync());

        var error = run.Error.Trim();
        Assert.DoesNotContain('\n', error);
        Assert.Contains("broken exited during start-up with code 3", error);
        Assert.Contains("cannot read settings", error);
    }

    [Fact]
    public async Task A_project_that_exits_after_running_is_shown_exited_and_not_restarted()
    {
        var builder = DistributedApplication.CreateBuilder(_state.Args());
        builder.AddExecutable("job", "bash", _state.Path, "-c", "sleep 1; echo done; exit 4");
        await using var run = new AppRun(builder.Build());

        var exited = await run.WaitForAsync(s => s.Name == "job" && s.State == ResourceState.Exited);
        await run.StopAsync();

        Assert.Equal(4, exited.ExitCode);
        Assert.Single(run.History, s => s.Name == "job" && s.State == ResourceState.Starting);
        Assert.Contains(run.App.Logs.For("job").After(-1), l => l.Text == "done" && !l.IsError);
    }

    [Fact]
    public async Task A_busy_fixed_port_fails_before_anything_starts_and_says_which_setting_to_change()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var builder = DistributedApplication.CreateBuilder(_state.Args());
        builder.AddExecutable("early", "bash", _state.Path, "-c", "exec sleep 60");
        builder.AddExecutable("gateway", "python3", _state.Path, SlowHttpServer(0)).WithHttpEndpoint(port: port, env: "PORT");
        await using var run = new AppRun(builder.Build());

        Assert.Equal(1, await run.CompletionAsync());

        Assert.Contains($"port {port} on 127.0.0.1 is already in use", run.Error);
        Assert.Contains("gateway:Port", run.Error);
        Assert.DoesNotContain(run.History, s => s.Name == "early" && s.State == ResourceState.Running);
    }
}
