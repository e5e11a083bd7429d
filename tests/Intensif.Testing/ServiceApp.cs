using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intensif.Testing;

/// <summary>
/// One service in-process (WebApplicationFactory) against the shared private PostgreSQL (its own database) and the
/// shared private RabbitMQ, configured exactly as the AppHost configures it: ConnectionStrings and Jwt settings.
/// </summary>
public sealed class ServiceApp<TEntryPoint>(string connectionName, string connectionString, string messagingConnectionString)
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    public string ConnectionString { get; } = connectionString;

    public static async Task<ServiceApp<TEntryPoint>> StartAsync(string connectionName)
    {
        var database = await TestServers.CreateDatabaseAsync(connectionName);
        var rabbit = await TestServers.RabbitMqAsync();
        var app = new ServiceApp<TEntryPoint>(connectionName, database, rabbit.ConnectionString);
        app.StartServer();
        return app;
    }

    public HttpClient ClientFor(string? token)
    {
        var client = CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{connectionName}", ConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", messagingConnectionString);
        builder.UseSetting("Jwt:Issuer", TestTokens.Issuer.Issuer);
        builder.UseSetting("Jwt:Audience", TestTokens.Issuer.Audience);
        builder.UseSetting("Jwt:SigningKey", TestTokens.SigningKey);
        // test classes run in parallel, each with its own app and database on the one test broker: with the service's
        // usual queue names they would be competing consumers and take each other's events; own queues, own copies
        var prefix = $"{connectionName}-{Guid.NewGuid().ToString("N")[..8]}-";
        builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<IEndpointNameFormatter>(new KebabCaseEndpointNameFormatter(prefix, false))));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await TestServers.DropDatabaseAsync(ConnectionString);
    }
}
