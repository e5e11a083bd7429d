using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf;
using Intensif.Dashboard.Otlp.Proto;
using Intensif.Hosting.Processes;
using Intensif.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intensif.Platform.Tests.Dashboard;

public sealed class OtlpReceiverTests
{
    [Fact]
    public async Task A_service_with_the_platform_defaults_sends_its_traces_logs_and_metrics_with_the_api_key()
    {
        await using var dashboard = await DashboardServer.StartAsync();
        var serviceAddress = $"http://127.0.0.1:{Ports.GetFree()}";
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(serviceAddress);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = dashboard.Settings.OtlpEndpoint,
            ["OTEL_EXPORTER_OTLP_HEADERS"] = $"x-otlp-api-key={dashboard.Settings.OtlpApiKey}",
            ["OTEL_SERVICE_NAME"] = "probe-api",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["Jwt:SigningKey"] = TestTokens.SigningKey,
        });
        builder.AddServiceDefaults();
        await using (var app = builder.Build())
        {
            app.MapDefaultEndpoints();
            app.MapGet("/things/{id}", (string id, ILogger<OtlpReceiverTests> log) =>
            {
                log.LogWarning("Thing {ThingId} was asked for", id);
                return Results.Ok(id);
            }).AllowAnonymous();
            await app.StartAsync();
            using var http = new HttpClient();
            await http.GetStringAsync($"{serviceAddress}/things/42");
            await app.StopAsync();   // flushes every signal
        }

        var traces = await dashboard.Operator.GetFromJsonAsync<JsonElement>("/api/telemetry/traces?resource=probe-api&text=GET /things");
        var traceId = Assert.Single(traces.EnumerateArray()).GetProperty("traceId").GetString();
        var spans = await dashboard.Operator.GetFromJsonAsync<JsonElement>($"/api/telemetry/traces/{traceId}");
        var server = Assert.Single(spans.EnumerateArray(), s => s.GetProperty("name").GetString() == "GET /things/{id}");
        Assert.Equal("Server", server.GetProperty("kind").GetString());
        Assert.Equal("probe-api", server.GetProperty("resource").GetString());
        Assert.Contains(server.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("key").GetString() == "http.route");
        var logs = await dashboard.Operator.GetFromJsonAsync<JsonElement>("/api/telemetry/logs?resource=probe-api&level=warning&text=was asked");
        var log = Assert.Single(logs.EnumerateArray());
        Assert.Equal("Thing 42 was asked for", log.GetProperty("message").GetString());
        Assert.Equal("Warning", log.GetProperty("level").GetString());
        Assert.Equal(traceId, log.GetProperty("traceId").GetString());
        var instruments = await dashboard.Operator.GetFromJsonAsync<JsonElement>("/api/telemetry/metrics?resource=probe-api");
        Assert.Contains(instruments.EnumerateArray(), i => i.GetProperty("name").GetString() == "http.server.request.duration"
                                                          && i.GetProperty("type").GetString() == "histogram");
    }

    [Fact]
    public async Task Otlp_without_the_api_key_is_refused_and_nothing_is_kept()
    {
        await using var dashboard = await DashboardServer.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(dashboard.Url) };

        using var missing = await http.SendAsync(OtlpPost("/v1/traces", Spans("a1", "GET /x"), apiKey: null));
        using var wrong = await http.SendAsync(OtlpPost("/v1/traces", Spans("a1", "GET /x"), apiKey: "not-the-key"));

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(0, dashboard.Store.Traces.Count);
    }

    [Fact]
    public async Task A_gzip_body_is_accepted_and_answered_with_a_protobuf_response()
    {
        await using var dashboard = await DashboardServer.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(dashboard.Url) };
        using var zipped = new MemoryStream();
        await using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true))
            Spans("b2", "POST /api/contracts").WriteTo(gzip);
        var request = OtlpPost("/v1/traces", null, dashboard.Settings.OtlpApiKey);
        request.Content = new ByteArrayContent(zipped.ToArray());
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        request.Content.Headers.ContentEncoding.Add("gzip");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType?.MediaType);
        var spans = dashboard.Store.Traces.Get(TraceId("b2"));
        Assert.Equal("POST /api/contracts", Assert.Single(spans!).Name);
    }

    [Fact]
    public async Task A_body_that_is_not_otlp_protobuf_is_a_bad_request()
    {
        await using var dashboard = await DashboardServer.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(dashboard.Url) };
        var request = OtlpPost("/v1/logs", null, dashboard.Settings.OtlpApiKey);
        request.Content = new ByteArrayContent([0xff, 0xff, 0xff, 0xff, 0x0f]);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    internal static HttpRequestMessage OtlpPost(string path, IMessage? body, string? apiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body.ToByteArray());
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        }
        if (apiKey is not null) request.Headers.Add("x-otlp-api-key", apiKey);
        return request;
    }

    /// <summary>A 16-byte trace id made of <paramref name="seed"/> repeated, as lowercase hex.</summary>
    internal static string TraceId(string seed) => string.Concat(Enumerable.Repeat(seed, 16 / (seed.Length / 2)));

    internal static ExportTraceServiceRequest Spans(string traceSeed, string name, string resource = "contracts-api", int spans = 1)
    {
        var scope = new ScopeSpans();
        for (var i = 0; i < spans; i++)
            scope.Spans.Add(new Span
            {
                TraceId = ByteString.CopyFrom(Convert.FromHexString(TraceId(traceSeed))),
                SpanId = ByteString.CopyFrom(BitConverter.GetBytes((long)i + 1)),
                Name = name, Kind = 2, StartTimeUnixNano = 1_700_000_000_000_000_000, EndTimeUnixNano = 1_700_000_000_050_000_000,
            });
        var resourceSpans = new ResourceSpans { Resource = new Resource(), ScopeSpans = { scope } };
        resourceSpans.Resource.Attributes.Add(new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = resource } });
        return new ExportTraceServiceRequest { ResourceSpans = { resourceSpans } };
    }
}
