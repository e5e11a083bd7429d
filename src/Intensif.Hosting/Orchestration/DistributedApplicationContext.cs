using Intensif.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Intensif.Hosting.Orchestration;

/// <summary>What lifecycle hooks (the dashboard) see of the running application.</summary>
public sealed record DistributedApplicationContext(
    DistributedApplicationModel Model,
    IConfiguration Configuration,
    HostingSettings Settings,
    ResourceNotificationService Notifications,
    ResourceLoggerService Logs,
    TextWriter Output)
{
    /// <summary>Start, stop and restart of processes; null when there is no orchestrator (dashboard tests).</summary>
    public ResourceCommandService? Commands { get; init; }
}
