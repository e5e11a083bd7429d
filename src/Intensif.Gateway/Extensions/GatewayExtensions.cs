using Yarp.ReverseProxy.Configuration;

namespace Intensif.Gateway.Extensions;

public static class GatewayExtensions
{
    public static IHostApplicationBuilder AddPlatformReverseProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IProxyConfigProvider, ServiceProxyConfigProvider>();
        builder.Services.AddReverseProxy();
        return builder;
    }

    /// <summary>One browsable page over every service's OpenAPI document (swagger-ui's assets ship in the package: works offline).</summary>
    public static WebApplication MapApiPage(this WebApplication app)
    {
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api-docs";
            o.DocumentTitle = "Intensif APIs";
            foreach (var service in PlatformService.All) o.SwaggerEndpoint($"/openapi/{service.Key}.json", service.Title);
        });
        app.MapGet("/", () => Results.Redirect("/api-docs")).ExcludeFromDescription().AllowAnonymous();
        return app;
    }
}
