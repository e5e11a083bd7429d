using Intensif.Hosting.ApplicationModel;
using Intensif.Hosting.Processes;
using Intensif.Hosting.Servers;

namespace Intensif.Hosting.Orchestration.Runners;

/// <summary>The private PostgreSQL cluster (SIGINT = fast shutdown), or an external server when one is configured.</summary>
internal sealed class PostgresServerRunner(ResourceInstance instance, ApplicationPlan plan, ResourceLoggerService logs)
    : InstanceRunner(instance)
{
    private readonly PostgresServerResource _server = (PostgresServerResource)instance.Resource;
    private readonly bool _external = plan.IsExternal(instance.Resource);
    private PostgresLauncher? _launcher;

    public override TimeSpan StartTimeout => plan.Settings.ServerStartTimeout;
    public override (string Kind, string Signal) OrphanCleanup => ("server", "INT");

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_external) return;
        _launcher = new PostgresLauncher(new PostgresServerOptions
        {
            Directory = Path.Combine(plan.Settings.StateDirectory, _server.Name),
            Port = _server.Port,
        });
        var spec = await _launcher.PrepareAsync(cancellationToken);
        LaunchEnvironment = spec.Environment;
        _server.SetConnectionString(_launcher.ConnectionString());
        Process = ChildProcess.Start(Detached.Wrap(spec), line => logs.Add(Instance.Name, line));
    }

    public override async Task<HealthResult> CheckHealthAsync(CancellationToken cancellationToken)
    {
        var healthy = _launcher is not null
            ? await _launcher.IsHealthyAsync(cancellationToken)
            : await PostgresAdmin.IsHealthyAsync(_server.GetConnectionString(), cancellationToken);
        return healthy ? HealthResult.Healthy : new HealthResult(false, "does not accept connections yet");
    }

    public override async Task OnReadyAsync(CancellationToken cancellationToken)
    {
        foreach (var database in _server.Databases)
        {
            if (_launcher is not null) await _launcher.EnsureDatabaseAsync(database.DatabaseName, cancellationToken);
            else await PostgresAdmin.EnsureDatabaseAsync(_server.GetConnectionString(), database.DatabaseName, cancellationToken);
        }
    }

    public override async Task StopAsync(TimeSpan grace)
    {
        if (Process is not null) await Process.StopAsync(PosixSignalNumber.Interrupt, TimeSpan.FromSeconds(20));
    }
}
