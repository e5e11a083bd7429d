using System.Diagnostics;
using System.Runtime.InteropServices;
using Intensif.Hosting.ApplicationModel;
using Intensif.Hosting.Orchestration;
using Intensif.Hosting.Servers;
using Microsoft.Extensions.Configuration;

namespace Intensif.Hosting;

/// <summary>
/// The application declared by an AppHost. <see cref="RunAsync"/> starts it (servers, databases, projects in WaitFor
/// order, the dashboard), prints state changes, and on Ctrl+C or SIGTERM stops it all, dependents first.
/// Exit code 0 after a requested stop, 1 when start-up failed (one line on stderr says why and what to do).
/// </summary>
public sealed class DistributedApplication
{
    private readonly IConfiguration _configuration;
    private readonly IReadOnlyList<IDistributedApplicationLifecycleHook> _hooks;

    internal DistributedApplication(DistributedApplicationModel model, IConfiguration configuration, IReadOnlyList<IDistributedApplicationLifecycleHook> hooks)
    {
        Model = model;
        _configuration = configuration;
        _hooks = hooks;
    }

    public DistributedApplicationModel Model { get; }
    public ResourceNotificationService Notifications { get; } = new();
    public ResourceLoggerService Logs { get; } = new();
    public TextWriter Output { get; set; } = Console.Out;
    public TextWriter Error { get; set; } = Console.Error;

    public static IDistributedApplicationBuilder CreateBuilder(string[] args) => new DistributedApplicationBuilder(args);

    public void Run() => RunAsync().GetAwaiter().GetResult();

    /// <summary>Runs until Ctrl+C / SIGTERM or <paramref name="cancellationToken"/>; sets <see cref="Environment.ExitCode"/>.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        Environment.ExitCode = await RunUntilStoppedAsync(stop.Token);

        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;   // we stop the children in order, then exit by ourselves
            stop.Cancel();
        }
    }

    private async Task<int> RunUntilStoppedAsync(CancellationToken stopRequested)
    {
        var clock = Stopwatch.StartNew();
        var name = ApplicationName();
        Notifications.Changed += PrintChange;
        Orchestrator? orchestrator = null;
        var startedHooks = new List<IDistributedApplicationLifecycleHook>();
        try
        {
            var settings = HostingSettings.From(_configuration);
            Directory.CreateDirectory(settings.StateDirectory);
            // servers run as other OS users (postgres) and must traverse it; secrets inside stay mode 600
            File.SetUnixFileMode(settings.StateDirectory, File.GetUnixFileMode(settings.StateDirectory) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            var plan = ApplicationPlan.Create(Model, _configuration, settings);
            plan.CheckFixedPorts();
            orchestrator = new Orchestrator(plan, Notifications, Logs);
            Output.WriteLine($"{name}: state in {settings.StateDirectory}");

            var context = new DistributedApplicationContext(Model, _configuration, settings, Notifications, Logs, Output)
            {
                Commands = new ResourceCommandService(orchestrator),
            };
            foreach (var hook in _hooks)
            {
                await hook.StartAsync(context, stopRequested);
                startedHooks.Add(hook);
            }
            var external = ExternalUrls(plan);
            foreach (var (resource, url) in external) Output.WriteLine($"{resource}: {url}");
            external.AddRange(startedHooks.SelectMany(h => h.Urls));

            await orchestrator.StartAsync(stopRequested);
            Output.WriteLine($"{name} is running: {string.Join(", ", external.Select(e => $"{e.Resource} {e.Url}"))} " +
                             $"(all {orchestrator.InstanceCount} resources healthy in {clock.Elapsed.TotalSeconds:0.0} s). Ctrl+C stops it.");
            await Task.Delay(Timeout.Infinite, stopRequested).ContinueWith(_ => { }, TaskScheduler.Default);
            return 0;
        }
        catch (OperationCanceledException) when (stopRequested.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception e) when (e is HostingException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await Error.WriteLineAsync($"{name} failed to start: {e.Message}");
            return 1;
        }
        finally
        {
            Output.WriteLine($"{name}: stopping…");
            if (orchestrator is not null) await orchestrator.DisposeAsync();
            foreach (var hook in startedHooks) await hook.StopAsync();
            Notifications.Changed -= PrintChange;
            Output.WriteLine($"{name}: stopped.");
        }
    }

    private void PrintChange(ResourceSnapshot? previous, ResourceSnapshot next)
    {
        if (previous is null) return;
        if (previous.State != next.State)
        {
            var detail = next.State switch
            {
                ResourceState.Exited when next.ExitCode is { } code && next.Description != "stopped" => $" (code {code})",
                ResourceState.FailedToStart or ResourceState.Unhealthy => $" ({next.Description})",
                _ => "",
            };
            Output.WriteLine($"{DateTime.Now:HH:mm:ss} [{next.Name}] {previous.State} -> {next.State}{detail}");
        }
        else if (previous.Health != HealthStatus.Healthy && next.Health == HealthStatus.Healthy)
        {
            Output.WriteLine($"{DateTime.Now:HH:mm:ss} [{next.Name}] healthy");
        }
    }

    private static List<(string Resource, string Url)> ExternalUrls(ApplicationPlan plan) =>
        plan.Model.Resources
            .Where(r => r.Annotations.OfType<EndpointAnnotation>().Any(e => e.IsExternal))
            .SelectMany(r => plan.InstancesOf(r).Where(i => i.Url is not null).Select(i => (i.Name, i.Url!)))
            .ToList();

    private string ApplicationName() =>
        _configuration["Hosting:ApplicationName"]
        ?? System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name?.Replace(".AppHost", "")
        ?? "Application";
}
