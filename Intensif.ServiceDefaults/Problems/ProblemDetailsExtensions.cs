using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intensif.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    public static IHostApplicationBuilder AddPlatformProblemDetails(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Instance ??= $"{c.HttpContext.Request.Method} {c.HttpContext.Request.Path}";
        });
        builder.Services.AddExceptionHandler<PlatformExceptionHandler>();
        return builder;
    }
}
