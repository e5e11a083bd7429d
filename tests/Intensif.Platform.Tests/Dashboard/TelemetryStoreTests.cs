using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Dashboard.Telemetry;

namespace Intensif.Platform.Tests.Dashboard;

public sealed class TelemetryStoreTests
{
    private static readonly TelemetryLimits Small = new() { MaxLogs = 100, MaxTraces = 10, MaxPointsPerInstrument = 20, MaxSpansPerTrace = 5 };

    [Fact]
    public void The_log_store_keeps_only_the_newest_entries_up_to_its_limit()
    {
        var store = new TelemetryStore(Small);

        for (var i = 0; i < 250; i++) store.Logs.Add(seq => Log(seq, "contracts-api", $"line {i}"));

        var kept = store.Logs.Query(null, 0, null, null, 1000);
        Assert.Equal(100, kept.Count);
        Assert.Equal("line 249", kept[0].Message);
        Assert.Equal("line 150", kept[^1].Message);
    }

    [Fact]
    public void The_trace_store_drops_the_oldest_traces_and_caps_the_spans_of_one_trace()
    {
        var store = new TelemetryStore(Small);

        for (var t = 0; t < 15; t++)
        for (var s = 0; s < 8; s++)
            store.Traces.Add(Span($"trace-{t:00}", $"span-{s}", "gateway"));

        Assert.Equal(10, store.Traces.Count);
        Assert.Null(store.Traces.Get("trace-04"));
        Assert.Equal(5, store.Traces.Get("trace-05")!.Count);
        Assert.Equal("trace-14", store.Traces.Query(null, null, 100)[0].TraceId);
    }

    [Fact]
    public void An_instrument_keeps_its_last_points_only()
    {
        var store = new TelemetryStore(Small);
        var info = new InstrumentInfo("gateway", "Microsoft.AspNetCore.Hosting", "http.server.active_requests", "", "{request}", "updown-counter");

        for (var i = 0; i < 50; i++) store.Metrics.Add(info, [new MetricPoint(DateTimeOffset.UnixEpoch.AddSeconds(i), "", i)]);

        var points = store.Metrics.Points("gateway", "Microsoft.AspNetCore.Hosting", "http.server.active_requests")!.Value.Points;
        Assert.Equal(20, points.Count);
        Assert.Equal(30, points[0].Value);
        Assert.Equal(49, points[^1].Value);
    }

    [Fact]
    public void Clearing_one_resource_keeps_the_others_telemetry()
    {
        var store = new TelemetryStore(Small);
        store.Logs.Add(seq => Log(seq, "gateway", "from the gateway"));
        store.Logs.Add(seq => Log(seq, "contracts-api", "from contracts"));
        store.Traces.Add(Span("shared", "proxy", "gateway"));
        store.Traces.Add(Span("shared", "POST /api/contracts", "contracts-api"));
        store.Traces.Add(Span("gateway-only", "GET /health", "gateway"));

        store.Clear("gateway");

        Assert.Equal(["from contracts"], store.Logs.Query(null, 0, null, null, 10).Select(l => l.Message));
        Assert.Equal(["POST /api/contracts"], store.Traces.Get("shared")!.Select(s => s.Name));
        Assert.Null(store.Traces.Get("gateway-only"));
    }

    [Fact]
    public async Task While_paused_the_receiver_acknowledges_otlp_but_keeps_nothing_and_counts_what_it_ignored()
    {
        await using var dashboard = await DashboardServer.StartAsync();
        using var otlp = new HttpClient { BaseAddress = new Uri(dashboard.Url) };

        using var pause = await dashboard.Operator.PostAsync("/api/telemetry/pause?paused=true", null);
        using var whilePaused = await otlp.SendAsync(OtlpReceiverTests.OtlpPost("/v1/traces", OtlpReceiverTests.Spans("c3", "GET /a"), dashboard.Settings.OtlpApiKey));
        var paused = await dashboard.Operator.GetFromJsonAsync<JsonElement>("/api/telemetry/status");
        using var resume = await dashboard.Operator.PostAsync("/api/telemetry/pause?paused=false", null);
        using var afterwards = await otlp.SendAsync(OtlpReceiverTests.OtlpPost("/v1/traces", OtlpReceiverTests.Spans("d4", "GET /b"), dashboard.Settings.OtlpApiKey));

        Assert.Equal(HttpStatusCode.OK, pause.StatusCode);
        Assert.Equal(HttpStatusCode.OK, whilePaused.StatusCode);
        Assert.Null(dashboard.Store.Traces.Get(OtlpReceiverTests.TraceId("c3")));
        Assert.True(paused.GetProperty("paused").GetBoolean());
        Assert.Equal(1, paused.GetProperty("ignoredWhilePaused").GetInt64());
        Assert.NotNull(dashboard.Store.Traces.Get(OtlpReceiverTests.TraceId("d4")));
        var status = await dashboard.Operator.GetFromJsonAsync<JsonElement>("/api/telemetry/status");
        Assert.False(status.GetProperty("paused").GetBoolean());
        Assert.Equal(10_000, status.GetProperty("limits").GetProperty("maxTraces").GetInt32());
    }

    [Fact]
    public async Task The_telemetry_api_needs_the_operator_cookie()
    {
        await using var dashboard = await DashboardServer.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = new Uri(dashboard.Url) };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/telemetry/traces")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/telemetry/clear", null)).StatusCode);
    }

    private static LogEntry Log(long seq, string resource, string message) =>
        new(seq, DateTimeOffset.UtcNow, resource, resource, 9, "Information", "Test", message, [], null, null);

    private static SpanEntry Span(string traceId, string name, string resource) =>
        new(traceId, Guid.NewGuid().ToString("N")[..16], null, name, "Server", resource, "test",
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMilliseconds(5), false, null, [], []);
}
