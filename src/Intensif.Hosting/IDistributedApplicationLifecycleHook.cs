using Intensif.Hosting.Orchestration;

namespace Intensif.Hosting;

/// <summary>
/// A component that runs beside the resources, started before them and stopped after them (the dashboard,
/// later the OTLP receiver). A start-up failure should throw a <see cref="Servers.HostingException"/>.
/// </summary>
public interface IDistributedApplicationLifecycleHook
{
    Task StartAsync(DistributedApplicationContext context, CancellationToken cancellationToken);
    Task StopAsync();

    /// <summary>Addresses to print once everything is healthy (e.g. "dashboard", its URL).</summary>
    IEnumerable<(string Resource, string Url)> Urls => [];
}
