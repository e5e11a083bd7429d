using Intensif.Hosting.ApplicationModel;

namespace Intensif.Hosting.Orchestration.Runners;

/// <summary>
/// A database has no process: it starts once its server is ready (which created it) and is healthy while
/// it accepts connections.
/// </summary>
internal sealed class DatabaseRunner(ResourceInstance instance, ApplicationPlan plan) : InstanceRunner(instance)
{
    private readonly PostgresDatabaseResource _database = (PostgresDatabaseResource)instance.Resource;

    public override TimeSpan StartTimeout => plan.Settings.ServerStartTimeout;

    public override Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task<HealthResult> CheckHealthAsync(CancellationToken cancellationToken) =>
        await PostgresAdmin.IsHealthyAsync(_database.GetConnectionString(), cancellationToken)
            ? HealthResult.Healthy
            : new HealthResult(false, $"database {_database.DatabaseName} does not accept connections");
}
