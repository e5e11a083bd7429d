using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intensif.Hosting;
using Intensif.Hosting.Orchestration;
using Intensif.Hosting.Processes;
using Intensif.Platform.Tests.Hosting;

namespace Intensif.Platform.Tests.Dashboard;

/// <summary>The resources page's details and commands, through the dashboard's API, on a real run of a small fake process.</summary>
[Collection(nameof(OrchestrationTests))]   // runs set Environment.ExitCode: one at a time
public sealed partial class ResourceCommandsTests : IDisposable
{
    private readonly TempStateDirectory _state = new();

    public void Dispose() => _state.Dispose();

    private static readonly string[] HttpServer =
    [
        "-c",
        "import os, sys, http.server; print('serving', flush=True); " +
        "http.server.HTTPServer(('127.0.0.1', int(os.environ['PORT'])), http.server.SimpleHTTPRequestHandler).serve_forever()",
    ];

    private AppRun StartApp()
    {
        var builder = DistributedApplication.CreateBuilder(_state.Args("--Dashboard:Enabled=true", $"--Dashboard:Port={Ports.GetFree()}", "--Dashboard:Otlp=false"));
        builder.AddDashboard();
        builder.AddExecutable("api", "python3", _state.Path, HttpServer)
            .WithHttpEndpoint(env: "PORT").WithHttpHealthCheck("/")
            .WithEnvironment("ConnectionStrings__db", "Host=127.0.0.1;Password=hunter2;Database=d");
        return new AppRun(builder.Build());
    }

    /// <summary>Logs in with the link the AppHost printed, as an operator's browser would; POSTs carry the page's origin.</summary>
    private static async Task<HttpClient> LoginAsync(AppRun run)
    {
        var link = LoginLink().Match(run.Output);
        Assert.True(link.Success, "the dashboard link is printed");
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(link.Groups["url"].Value) };
        using var login = await client.GetAsync(link.Value);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        client.DefaultRequestHeaders.Add("Origin", link.Groups["url"].Value);
        return client;
    }

    private static async Task<ResourceCommandResult> CommandAsync(HttpClient client, string command)
    {
        using var response = await client.PostAsync($"/api/resources/api/commands/{command}", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ResourceCommandResult>())!;
    }

    [Fact]
    public async Task The_details_show_the_environment_passed_with_secrets_masked_until_revealed()
    {
        await using var run = StartApp();
        var api = await run.WaitForAsync(s => s.Name == "api" && s.Health == HealthStatus.Healthy);
        using var client = await LoginAsync(run);

        var details = await client.GetFromJsonAsync<JsonElement>("/api/resources/api");
        var list = await client.GetStringAsync("/api/resources");
        var revealed = await client.GetFromJsonAsync<JsonElement>("/api/resources/api/environment/ConnectionStrings__db");

        var environment = details.GetProperty("environment").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
        Assert.Equal(new Uri(api.Urls[0]).Port.ToString(), environment["PORT"].GetProperty("value").GetString());
        Assert.False(environment["PORT"].GetProperty("masked").GetBoolean());
        Assert.True(environment["Jwt__SigningKey"].GetProperty("masked").GetBoolean());
        Assert.DoesNotContain(run.App.Notifications.Find("api")!.Environment["Jwt__SigningKey"], details.GetRawText());
        Assert.Equal("Host=127.0.0.1;Password=••••••••;Database=d", environment["ConnectionStrings__db"].GetProperty("value").GetString());
        Assert.Equal("Host=127.0.0.1;Password=hunter2;Database=d", revealed.GetProperty("value").GetString());
        Assert.DoesNotContain("hunter2", list);
        Assert.Equal(["start", "stop", "restart"], details.GetProperty("commands").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Running", details.GetProperty("state").GetString());   // the page enables the commands it allows
        // its health answer has no per-check report: the dashboard shows the one check the AppHost ran
        Assert.StartsWith("python3 ", details.GetProperty("source").GetString());
        var check = Assert.Single(details.GetProperty("healthReports").EnumerateArray());
        Assert.Equal("api_check", check.GetProperty("name").GetString());
        Assert.Equal("Healthy", check.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_operator_stops_starts_and_restarts_a_process_with_the_same_environment()
    {
        await using var run = StartApp();
        var first = await run.WaitForAsync(s => s.Name == "api" && s.Health == HealthStatus.Healthy);
        using var client = await LoginAsync(run);
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/api/resources/api/commands/stop");
        crossSite.Headers.Add("Origin", "http://evil.example");

        using var refused = await client.SendAsync(crossSite);
        var stop = await CommandAsync(client, "stop");
        var stopped = run.App.Notifications.Find("api")!;
        var stopAgain = await CommandAsync(client, "stop");
        var start = await CommandAsync(client, "start");
        var started = run.App.Notifications.Find("api")!;
        var restart = await CommandAsync(client, "restart");
        var restarted = run.App.Notifications.Find("api")!;

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True(stop.Succeeded, stop.Message);
        Assert.Equal((ResourceState.Exited, "stopped"), (stopped.State, stopped.Description));
        Assert.False(Directory.Exists($"/proc/{first.ProcessId}"));
        Assert.False(stopAgain.Succeeded);
        Assert.Contains("not running", stopAgain.Message);
        Assert.True(start.Succeeded, start.Message);
        Assert.Equal((ResourceState.Running, HealthStatus.Healthy), (started.State, started.Health));
        Assert.NotEqual(first.ProcessId, started.ProcessId);
        Assert.True(restart.Succeeded, restart.Message);
        Assert.Equal((ResourceState.Running, HealthStatus.Healthy), (restarted.State, restarted.Health));
        Assert.NotEqual(started.ProcessId, restarted.ProcessId);
        Assert.False(Directory.Exists($"/proc/{started.ProcessId}"));
        Assert.Equal(first.Environment["PORT"], restarted.Environment["PORT"]);
        Assert.Equal(first.Environment["Jwt__SigningKey"], restarted.Environment["Jwt__SigningKey"]);
        using var http = new HttpClient();
        Assert.True((await http.GetAsync(first.Urls[0])).IsSuccessStatusCode, "the restarted process serves on the same port");
        Assert.Equal(0, await run.StopAsync());
        Assert.False(Directory.Exists($"/proc/{restarted.ProcessId}"));
    }

    [Fact]
    public async Task The_console_log_downloads_as_a_text_file_with_stderr_marked()
    {
        await using var run = StartApp();
        await run.WaitForAsync(s => s.Name == "api" && s.Health == HealthStatus.Healthy);
        using var client = await LoginAsync(run);

        using var response = await client.GetAsync("/api/resources/api/logs/download");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("api-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains(" stdout serving", text);
        Assert.Matches(" stderr .*\"GET / HTTP/1.1\" 200", text);   // the health checks, logged by python on stderr
    }

    [GeneratedRegex(@"(?<url>http://127\.0\.0\.1:\d+)/login\?t=\S+")]
    private static partial Regex LoginLink();
}
