using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intensif.Dashboard;

/// <summary>The page's files, embedded in the assembly (no CDN, no working-directory dependency).</summary>
internal static class StaticAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    public static IEndpointRouteBuilder MapStaticAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Page("index.html")).RequireAuthorization();
        endpoints.MapGet("/structured-logs", () => Page("structured-logs.html")).RequireAuthorization();
        endpoints.MapGet("/traces", () => Page("traces.html")).RequireAuthorization();
        endpoints.MapGet("/metrics", () => Page("metrics.html")).RequireAuthorization();
        endpoints.MapGet("/messaging", () => Page("messaging.html")).RequireAuthorization();
        // the login page needs its stylesheet before the user is signed in
        endpoints.MapGet("/assets/{file}", (string file) => Path.GetExtension(file) is ".css" or ".js" ? Page(file) : Results.NotFound());
        return endpoints;
    }

    public static IResult Page(string file)
    {
        var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("wwwroot/" + file);
        return stream is null
            ? Results.NotFound()
            : Results.Stream(stream, ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"));
    }
}
