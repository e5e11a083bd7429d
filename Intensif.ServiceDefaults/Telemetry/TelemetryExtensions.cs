using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Intensif.ServiceDefaults.Telemetry;

/// <summary>
/// Traces, metrics and logs over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set (the AppHost sets it to the
/// dashboard). Built without OpenTelemetry.Extensions.Hosting, which the package mirror lacks.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>Sources every service listens to, plus each service's own ("Intensif.*").</summary>
    private static readonly string[] Sources = ["Microsoft.AspNetCore", "System.Net.Http", "Npgsql", "MassTransit", "Yarp.ReverseProxy", "Intensif.*"];
    private static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "System.Runtime", "Npgsql", "MassTransit", "Intensif.*",
    ];

    public static IHostApplicationBuilder AddPlatformTelemetry(this IHostApplicationBuilder builder)
    {
        var endpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint)) return builder;

        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);
        var exportInterval = int.TryParse(builder.Configuration["OTEL_METRIC_EXPORT_INTERVAL"], out var ms) ? ms : 5000;
        // e.g. the dashboard's "x-otlp-api-key=…": options built in code do not pick the variable up reliably, set it here
        var headers = builder.Configuration["OTEL_EXPORTER_OTLP_HEADERS"];

        // An endpoint set in code is used as is: add /v1/{signal} ourselves (only the env-var path appends it).
        void Otlp(OtlpExporterOptions o, string signal)
        {
            o.Protocol = OtlpExportProtocol.HttpProtobuf;
            o.Endpoint = new Uri($"{endpoint.TrimEnd('/')}/v1/{signal}");
            if (!string.IsNullOrWhiteSpace(headers)) o.Headers = headers;
        }

        var tracer = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource)
            .AddSource(Sources).SetSampler(new AlwaysOnSampler())
            .AddOtlpExporter(o => Otlp(o, "traces")).Build();
        var meters = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource)
            .AddMeter(Meters)
            .AddOtlpExporter((o, r) => { Otlp(o, "metrics"); r.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = exportInterval; })
            .Build();
        builder.Services.AddSingleton(new TelemetryProviders(tracer, meters));
        builder.Logging.AddOpenTelemetry(o =>
        {
            o.SetResourceBuilder(resource);
            o.IncludeFormattedMessage = true;
            o.IncludeScopes = true;
            o.AddOtlpExporter(e => Otlp(e, "logs"));
        });
        return builder;
    }

    public static WebApplication UsePlatformTelemetry(this WebApplication app)
    {
        if (app.Services.GetService<TelemetryProviders>() is { } providers)
        {
            // a metric reader disposed only at ApplicationStopped loses its last export: flush while stopping
            app.Lifetime.ApplicationStopping.Register(() => providers.Meters.ForceFlush(5000));
            app.Lifetime.ApplicationStopped.Register(providers.Dispose);
        }
        app.Use(NameServerSpan);
        return app;
    }

    /// <summary>
    /// Without OpenTelemetry.Instrumentation.AspNetCore the server span is "Microsoft.AspNetCore.Hosting.HttpRequestIn"
    /// with no tags: name it "{METHOD} {route}" and add the HTTP semantic-convention tags.
    /// </summary>
    private static async Task NameServerSpan(HttpContext context, RequestDelegate next)
    {
        var activity = Activity.Current;
        try
        {
            await next(context);
        }
        finally
        {
            if (activity is { Source.Name: "Microsoft.AspNetCore" })
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
                activity.DisplayName = route is null ? context.Request.Method : $"{context.Request.Method} {route}";
                activity.SetTag("http.request.method", context.Request.Method);
                activity.SetTag("url.path", context.Request.Path.Value);
                activity.SetTag("url.scheme", context.Request.Scheme);
                if (route is not null) activity.SetTag("http.route", route);
                activity.SetTag("http.response.status_code", context.Response.StatusCode);
                if (context.Response.StatusCode >= 500) activity.SetStatus(ActivityStatusCode.Error);
            }
        }
    }
}
