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
    /// <summary>The dashboard's OTLP/HTTP endpoint given to projects; null when the dashboard or <c>Dashboard:Otlp</c> is off.</summary>
    public string? OtlpEndpoint { get; init; }
    /// <summary>The <c>x-otlp-api-key</c> the receiver requires and projects send (<c>Dashboard:OtlpApiKey</c>, else new per run).</summary>
    public string OtlpApiKey { get; init; } = Servers.Secrets.Generate(16);

    public static HostingSettings From(IConfiguration configuration)
    {
        var dashboardPort = configuration.GetValue("Dashboard:Port", 18888);
        var dashboardEnabled = configuration.GetValue("Dashboard:Enabled", true);
        return new HostingSettings
        {
            StateDirectory = StateDirectoryResolver.Resolve(configuration),
            EnvironmentName = configuration["Hosting:Environment"] ?? "Development",
            ServerStartTimeout = TimeSpan.FromSeconds(configuration.GetValue("Hosting:ServerStartTimeoutSeconds", 60)),
            ProjectStartTimeout = TimeSpan.FromSeconds(configuration.GetValue("Hosting:ProjectStartTimeoutSeconds", 60)),
            StopGracePeriod = TimeSpan.FromSeconds(configuration.GetValue("Hosting:StopGraceSeconds", 10)),
            DashboardPort = dashboardPort,
            DashboardEnabled = dashboardEnabled,
            // the dashboard receives OTLP/HTTP on its own port (/v1/traces, /v1/metrics, /v1/logs)
            OtlpEndpoint = dashboardEnabled && configuration.GetValue("Dashboard:Otlp", true)
                ? configuration["Dashboard:OtlpEndpoint"] ?? $"http://127.0.0.1:{dashboardPort}"
                : null,
            OtlpApiKey = configuration["Dashboard:OtlpApiKey"] is { Length: > 0 } key ? key : Servers.Secrets.Generate(16),
        };
    }
}
