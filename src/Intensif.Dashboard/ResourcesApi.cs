using System.Text;
using Intensif.Dashboard.Resources;
using Intensif.Hosting.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intensif.Dashboard;

/// <summary>
/// The JSON the resources page polls: every instance with its state, health and URLs (the environment only in the
/// details, secrets masked), each one's console output after a sequence number or as a file, and the commands.
/// </summary>
internal static class ResourcesApi
{
    public static IEndpointRouteBuilder MapResourcesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/resources").RequireAuthorization();
        api.MapGet("", (DistributedApplicationContext app) =>
            app.Notifications.GetSnapshots().Select(s => s with { Environment = new Dictionary<string, string>() }));
        api.MapGet("/{name}", (string name, DistributedApplicationContext app) =>
            app.Notifications.Find(name) is { } snapshot ? Results.Ok(ResourceDetails.Of(snapshot, app.Model)) : Results.NotFound());
        api.MapGet("/{name}/environment/{variable}", (string name, string variable, DistributedApplicationContext app) =>
            app.Notifications.Find(name)?.Environment.TryGetValue(variable, out var value) == true
                ? Results.Ok(new { name = variable, value })
                : Results.NotFound());
        api.MapPost("/{name}/commands/{command}", async (string name, string command, DistributedApplicationContext app, CancellationToken cancellationToken) =>
        {
            if (app.Notifications.Find(name) is null) return Results.NotFound();
            if (app.Commands is null) return Results.Ok(ResourceCommandResult.Failure("Commands are not available: no orchestrator."));
            return Results.Ok(await app.Commands.ExecuteCommandAsync(name, command, cancellationToken));
        }).AddEndpointFilter<SameOriginFilter>();

        api.MapGet("/{name}/logs", (string name, long? after, DistributedApplicationContext app) =>
        {
            if (app.Notifications.Find(name) is null) return Results.NotFound();
            var lines = app.Logs.For(name).After(after ?? -1);
            return Results.Ok(new { lines, last = lines.Count > 0 ? lines[^1].Sequence : after ?? -1 });
        });
        api.MapGet("/{name}/logs/download", (string name, DistributedApplicationContext app) =>
        {
            if (app.Notifications.Find(name) is not { } snapshot) return Results.NotFound();
            var text = new StringBuilder();
            foreach (var line in app.Logs.For(name).After(-1))
                text.Append(line.At.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz")).Append(line.IsError ? " stderr " : " stdout ").AppendLine(line.Text);
            return Results.File(Encoding.UTF8.GetBytes(text.ToString()), "text/plain; charset=utf-8", $"{snapshot.Name}-{DateTime.Now:yyyyMMdd-HHmmss}.log");
        });
        return endpoints;
    }
}
