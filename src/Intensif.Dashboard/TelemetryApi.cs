using Intensif.Dashboard.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intensif.Dashboard;

/// <summary>The JSON behind the structured logs, traces and metrics pages, and the pause / clear controls.</summary>
internal static class TelemetryApi
{
    private static readonly Dictionary<string, int> MinSeverity = new(StringComparer.OrdinalIgnoreCase)
    {
        ["trace"] = 1, ["debug"] = 5, ["information"] = 9, ["warning"] = 13, ["error"] = 17, ["critical"] = 21,
    };

    public static IEndpointRouteBuilder MapTelemetryApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/telemetry").RequireAuthorization();
        api.MapGet("/status", (TelemetryStore store) => new
        {
            store.Paused, store.IgnoredWhilePaused, logs = store.Logs.Count, traces = store.Traces.Count, metricPoints = store.Metrics.PointCount,
            limits = store.Limits, resources = store.Resources(),
        });
        api.MapPost("/pause", (bool paused, TelemetryStore store) =>
        {
            store.Paused = paused;
            return Results.Ok(new { store.Paused });
        }).AddEndpointFilter<SameOriginFilter>();
        api.MapPost("/clear", (string? resource, TelemetryStore store) =>
        {
            store.Clear(string.IsNullOrEmpty(resource) ? null : resource);
            return Results.NoContent();
        }).AddEndpointFilter<SameOriginFilter>();

        api.MapGet("/logs", (string? resource, string? level, string? text, string? traceId, int? take, TelemetryStore store) =>
            store.Logs.Query(resource, level is null ? 0 : MinSeverity.GetValueOrDefault(level), text, traceId, Math.Clamp(take ?? 500, 1, 5000)));

        api.MapGet("/traces", (string? resource, string? text, int? take, TelemetryStore store) =>
            store.Traces.Query(resource, text, Math.Clamp(take ?? 200, 1, 2000)));
        api.MapGet("/traces/{traceId}", (string traceId, TelemetryStore store) =>
            store.Traces.Get(traceId.ToLowerInvariant()) is { } spans ? Results.Ok(spans) : Results.NotFound());

        api.MapGet("/metrics", (string? resource, TelemetryStore store) => store.Metrics.Instruments(resource));
        api.MapGet("/metrics/points", (string resource, string meter, string instrument, TelemetryStore store) =>
            store.Metrics.Points(resource, meter, instrument) is { } found
                ? Results.Ok(new { instrument = found.Info, points = found.Points })
                : Results.NotFound());
        return endpoints;
    }
}
