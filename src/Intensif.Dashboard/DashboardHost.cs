using System.Net;
using System.Text.Json.Serialization;
using Intensif.Dashboard.Messaging;
using Intensif.Dashboard.Otlp;
using Intensif.Dashboard.Telemetry;
using Intensif.Hosting;
using Intensif.Hosting.Orchestration;
using Intensif.Hosting.Processes;
using Intensif.Hosting.Servers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intensif.Dashboard;

/// <summary>The dashboard's web server: Kestrel on loopback, started before the resources and stopped after them.</summary>
internal sealed class DashboardHost : IDistributedApplicationLifecycleHook
{
    private WebApplication? _app;
    private string? _url;

    public IEnumerable<(string Resource, string Url)> Urls => _url is null ? [] : [("dashboard", _url)];

    public async Task StartAsync(DistributedApplicationContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        if (!settings.DashboardEnabled) return;
        if (!Ports.IsFree(settings.DashboardPort))
            throw new HostingException($"Dashboard: port {settings.DashboardPort} on 127.0.0.1 is already in use. Stop whatever holds it (`ss -ltnp 'sport = :{settings.DashboardPort}'`) or choose another port (Dashboard:Port).");

        // a new browser token per run, as Aspire's BrowserToken mode: printed once, exchanged for a cookie
        var token = Secrets.Generate(16);
        _app = Build(context, settings.DashboardPort, token);
        await _app.StartAsync(cancellationToken);
        _url = $"http://127.0.0.1:{settings.DashboardPort}";
        context.Output.WriteLine($"dashboard: {_url}/login?t={token}");
    }

    public async Task StopAsync()
    {
        if (_app is null) return;
        await _app.StopAsync(TimeSpan.FromSeconds(5));
        await _app.DisposeAsync();
    }

    internal static WebApplication Build(DistributedApplicationContext context, int port, string token)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = typeof(DashboardHost).Assembly.GetName().Name });
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Services.AddSingleton(context);
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddDashboardAuthentication(token);
        builder.Services.AddSingleton(new TelemetryStore(new TelemetryLimits()));
        builder.Services.AddSingleton(new RabbitMqQueueLister());

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDashboardLogin(token);
        app.MapResourcesApi();
        app.MapTelemetryApi();
        app.MapMessagingApi();
        if (context.Settings.OtlpEndpoint is not null) app.MapOtlpReceiver(context.Settings.OtlpApiKey);
        app.MapStaticAssets();
        return app;
    }
}
