using Intensif.Hosting.ApplicationModel;
using Intensif.Hosting.Processes;
using Intensif.Hosting.Servers;

namespace Intensif.Hosting.Orchestration.Runners;

/// <summary>The private RabbitMQ node (SIGTERM, then its private epmd), or an external broker when one is configured.</summary>
internal sealed class RabbitMqServerRunner(ResourceInstance instance, ApplicationPlan plan, ResourceLoggerService logs)
    : InstanceRunner(instance)
{
    private readonly RabbitMQServerResource _server = (RabbitMQServerResource)instance.Resource;
    private readonly bool _external = plan.IsExternal(instance.Resource);
    private RabbitMqLauncher? _launcher;
    private bool _wasHealthy;

    public override TimeSpan StartTimeout => plan.Settings.ServerStartTimeout;
    public override (string Kind, string Signal) OrphanCleanup => ("server", "TERM");

    /// <summary>The epmd port of the private node (for the orphan guard), null for an external broker.</summary>
    public int? EpmdPort => _external ? null : _server.Port + 1;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (_external) return Task.CompletedTask;
        _launcher = new RabbitMqLauncher(new RabbitMqServerOptions
        {
            Directory = Path.Combine(plan.Settings.StateDirectory, _server.Name),
            Port = _server.Port,
        });
        var spec = _launcher.Prepare();
        LaunchEnvironment = spec.Environment;
        _server.SetConnectionString(_launcher.ConnectionString);
        Process = ChildProcess.Start(Detached.Wrap(spec), line => logs.Add(Instance.Name, line));
        return Task.CompletedTask;
    }

    public override async Task<HealthResult> CheckHealthAsync(CancellationToken cancellationToken)
    {
        var healthy = _launcher is not null
            ? await _launcher.IsHealthyAsync(cancellationToken)
            : await AmqpProbe.AnswersAsync(new Uri(_server.GetConnectionString()), cancellationToken);
        _wasHealthy |= healthy;
        return healthy ? HealthResult.Healthy : new HealthResult(false, "does not answer AMQP yet");
    }

    public override async Task StopAsync(TimeSpan grace)
    {
        if (Process is null || _launcher is null) return;
        // a node still booting ignores SIGTERM until it has finished booting: no point waiting long for it
        await Process.StopAsync(PosixSignalNumber.Term, TimeSpan.FromSeconds(_wasHealthy ? 20 : 5));
        await _launcher.StopEpmdAsync();
    }
}
