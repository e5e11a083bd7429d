using Microsoft.Extensions.Hosting;

namespace Intensif.Dashboard;

/// <summary>The AppHost owns Ctrl+C and SIGTERM: the dashboard's host must not react to them by itself.</summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
