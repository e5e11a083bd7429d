using System.Net;
using Intensif.Dashboard;
using Intensif.Dashboard.Telemetry;
using Intensif.Hosting.ApplicationModel;
using Intensif.Hosting.Orchestration;
using Intensif.Hosting.Processes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Platform.Tests.Dashboard;

/// <summary>The dashboard's web server on a free port with no resources, and a client already logged in.</summary>
internal sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardServer(WebApplication app, int port, HostingSettings settings)
    {
        _app = app;
        Url = $"http://127.0.0.1:{port}";
        Settings = settings;
        Store = app.Services.GetRequiredService<TelemetryStore>();
        var cookies = new CookieContainer();
        Operator = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(Url) };
        // as the dashboard's own pages send it: POSTs from another origin are refused
        Operator.DefaultRequestHeaders.Add("Origin", Url);
    }

    public string Url { get; }
    public HostingSettings Settings { get; }
    public TelemetryStore Store { get; }
    public HttpClient Operator { get; }
    public const string Token = "test-browser-token";

    public static async Task<DashboardServer> StartAsync(params string[] args)
    {
        var port = Ports.GetFree();
        var configuration = new ConfigurationBuilder().AddCommandLine(["--Hosting:StateDirectory=" + Path.GetTempPath(), $"--Dashboard:Port={port}", .. args]).Build();
        var settings = HostingSettings.From(configuration);
        var context = new DistributedApplicationContext(new DistributedApplicationModel([]), configuration, settings,
            new ResourceNotificationService(), new ResourceLoggerService(), TextWriter.Null);
        var app = DashboardHost.Build(context, port, Token);
        await app.StartAsync();
        var server = new DashboardServer(app, port, settings);
        using var login = await server.Operator.GetAsync($"/login?t={Token}");
        if (login.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"login answered {login.StatusCode}");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Operator.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
