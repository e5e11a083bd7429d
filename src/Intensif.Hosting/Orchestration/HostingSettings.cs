using Microsoft.Extensions.Configuration;

namespace Intensif.Hosting.Orchestration;

/// <summary>The AppHost's own configuration keys, read once (see docs/apphost.md).</summary>
public sealed record HostingSettings
{
    public required string StateDirectory { get; init; }
    /// <summary><c>Hosting:Environment</c>: ASPNETCORE_ENVIRONMENT given to projects.</summary>
    public string EnvironmentName { get; init; } = "Development";
    public TimeSpan ServerStartTimeout { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan ProjectStartTimeout { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan StopGracePeriod { get; init; } = TimeSpan.FromSeconds(10);
    public int DashboardPort { get; init; } = 18888;
    public bool DashboardEnabled { get; init; } = true;
    /// <summary>Set only when <c>Dashboard:Otlp</c> is enabled: the OTLP/HTTP endpoint given to projects.</summary>
    public string? OtlpEndpoint { get; init; }

    public static HostingSettings From(IConfiguration configuration)
    {
        var dashboardPort = configuration.GetValue("Dashboard:Port", 18888);
        return new HostingSettings
        {
            StateDirectory = StateDirectoryResolver.Resolve(configuration),
            EnvironmentName = configuration["Hosting:Environment"] ?? "Development",
            ServerStartTimeout = TimeSpan.FromSeconds(configuration.GetValue("Hosting:ServerStartTimeoutSeconds", 60)),
            ProjectStartTimeout = TimeSpan.FromSeconds(configuration.GetValue("Hosting:ProjectStartTimeoutSeconds", 60)),
            StopGracePeriod = TimeSpan.FromSeconds(configuration.GetValue("Hosting:StopGraceSeconds", 10)),
            DashboardPort = dashboardPort,
            DashboardEnabled = configuration.GetValue("Dashboard:Enabled", true),
            // the OTLP receiver is a later issue: the hook is here, the endpoint is off by default
            OtlpEndpoint = configuration.GetValue("Dashboard:Otlp", false)
                ? configuration["Dashboard:OtlpEndpoint"] ?? $"http://127.0.0.1:{configuration.GetValue("Dashboard:OtlpPort", 18890)}"
                : null,
        };
    }
}
