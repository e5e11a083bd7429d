using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace Intensif.ServiceDefaults.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>Each service publishes an OpenAPI 3.1 document at /openapi/v1.json, with the bearer scheme declared.</summary>
    public static IHostApplicationBuilder AddPlatformOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>().AddOperationTransformer<HttpConventionsOperationTransformer>());
        return builder;
    }

    public static WebApplication MapPlatformOpenApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
