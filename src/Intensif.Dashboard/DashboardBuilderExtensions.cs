using Intensif.Dashboard;

namespace Intensif.Hosting;

public static class DashboardBuilderExtensions
{
    /// <summary>
    /// Serves the operator dashboard on 127.0.0.1:<c>Dashboard:Port</c> (18888) while the application runs
    /// (Aspire adds its dashboard implicitly; ours is a library the AppHost opts into). <c>Dashboard:Enabled=false</c> turns it off.
    /// </summary>
    public static IDistributedApplicationBuilder AddDashboard(this IDistributedApplicationBuilder builder)
    {
        builder.LifecycleHooks.Add(new DashboardHost());
        return builder;
    }
}
