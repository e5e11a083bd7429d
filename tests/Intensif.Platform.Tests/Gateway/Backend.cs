using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Intensif.Hosting.Processes;

namespace Intensif.Platform.Tests.Gateway;

/// <summary>A real Kestrel backend standing in for a service (YARP forwards over real HTTP).</summary>
public sealed class Backend : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Backend(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    public string Address { get; }
    public int Hits { get; private set; }

    public static async Task<Backend> StartAsync(string name)
    {
        var address = $"http://127.0.0.1:{Ports.GetFree()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(address);
        var app = builder.Build();
        var backend = new Backend(app, address);
        app.MapGet("/openapi/v1.json", () => Results.Text("""{"openapi":"3.1.0","info":{"title":"backend","version":"v1"},"paths":{}}""", "application/json"));
        app.Map("/api/{**rest}", (HttpContext context) =>
        {
            backend.Hits++;
            return Results.Json(new
            {
                backend = name,
                path = context.Request.Path.Value,
                traceparent = context.Request.Headers["traceparent"].ToString(),
                authorized = context.Request.Headers.Authorization.Count > 0,
            });
        });
        await app.StartAsync();
        return backend;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
