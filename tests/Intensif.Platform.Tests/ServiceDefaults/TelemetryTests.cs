using System.Collections.Concurrent;
using System.Text;
using Intensif.Hosting.Processes;
using Intensif.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Intensif.Platform.Tests.ServiceDefaults;

public sealed class TelemetryTests
{
    [Fact]
    public async Task With_an_otlp_endpoint_a_service_exports_its_server_span_named_after_the_route()
    {
        var received = new ConcurrentQueue<(string Path, byte[] Body)>();
        await using var receiver = await StartReceiverAsync(received);
        var serviceAddress = $"http://127.0.0.1:{Ports.GetFree()}";
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(serviceAddress);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Urls.Single(),
            ["OTEL_SERVICE_NAME"] = "telemetry-probe",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["Jwt:SigningKey"] = TestTokens.SigningKey,
        });
        builder.AddServiceDefaults();
        await using (var app = builder.Build())
        {
            app.MapDefaultEndpoints();
            app.MapGet("/things/{id}", (string id) => Results.Ok(id)).AllowAnonymous();
            await app.StartAsync();

            using var http = new HttpClient();
            Assert.Equal("\"42\"", await http.GetStringAsync($"{serviceAddress}/things/42"));
            await app.StopAsync();   // flushes spans and metrics
        }

        var traces = received.Where(r => r.Path == "/v1/traces").Select(r => Encoding.UTF8.GetString(r.Body)).ToList();
        Assert.Contains(traces, t => t.Contains("GET /things/{id}") && t.Contains("http.route") && t.Contains("telemetry-probe"));
        Assert.Contains(received, r => r.Path == "/v1/metrics");
    }

    /// <summary>An OTLP/HTTP endpoint that keeps the raw protobuf bodies (strings travel as UTF-8 inside them).</summary>
    private static async Task<WebApplication> StartReceiverAsync(ConcurrentQueue<(string, byte[])> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Ports.GetFree()}");
        var receiver = builder.Build();
        receiver.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.Enqueue((request.Path.Value!, body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });
        await receiver.StartAsync();
        return receiver;
    }
}
