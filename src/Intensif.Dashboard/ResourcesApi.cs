using Intensif.Hosting.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intensif.Dashboard;

/// <summary>
/// The JSON the page polls: every resource instance with its state, health and URLs, and each one's console
/// output after a sequence number. Later pages (structured logs, traces, metrics) add their own maps beside it.
/// </summary>
internal static class ResourcesApi
{
    public static IEndpointRouteBuilder MapResourcesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization();
        api.MapGet("/resources", (DistributedApplicationContext app) => app.Notifications.GetSnapshots());
        api.MapGet("/resources/{name}/logs", (string name, long? after, DistributedApplicationContext app) =>
        {
            if (app.Notifications.Find(name) is null) return Results.NotFound();
            var lines = app.Logs.For(name).After(after ?? -1);
            return Results.Ok(new { lines, last = lines.Count > 0 ? lines[^1].Sequence : after ?? -1 });
        });
        return endpoints;
    }
}
