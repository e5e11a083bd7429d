using Intensif.ServiceDefaults.Health;
using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.Identity;
using Intensif.ServiceDefaults.OpenApi;
using Intensif.ServiceDefaults.Problems;
using Intensif.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using System.Text.Json.Serialization;

namespace Microsoft.Extensions.Hosting;

/// <summary>What every Intensif service and the gateway share: telemetry, health, identity, errors, OpenAPI.</summary>
public static class Extensions
{
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformTelemetry();
        builder.AddFrameworkLogLevels();
        builder.AddDefaultHealthChecks();
        builder.AddPlatformAuthentication();
        builder.AddPlatformProblemDetails();
        builder.AddPlatformOpenApi();
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>/health (readiness: every dependency), /alive (liveness), the OpenAPI document, and the middleware order.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UsePlatformTelemetry();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>();
        app.MapPlatformHealthChecks();
        app.MapPlatformOpenApi();
        return app;
    }
}
