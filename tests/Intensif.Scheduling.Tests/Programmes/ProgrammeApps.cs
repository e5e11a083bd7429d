using System.Net.Http.Headers;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Scheduling.Api.Catalogue;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.Testing;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Scheduling.Tests.Programmes;

/// <summary>
/// The Scheduling service with the real Catalogue in process behind its valuation client (seeded national fichier
/// métier), each on its own database and the shared test broker, and a clock the test moves.
/// </summary>
public sealed class ProgrammeApps : IAsyncLifetime
{
    private ServiceApp<SchedulingDbContext> _scheduling = null!;

    public ServiceApp<CatalogueDbContext> Catalogue { get; private set; } = null!;
    public WebApplicationFactory<SchedulingDbContext> Scheduling { get; private set; } = null!;
    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow);
    public string ConnectionString => _scheduling.ConnectionString;

    public async Task InitializeAsync()
    {
        Catalogue = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");
        var rabbit = await TestServers.RabbitMqAsync();
        _scheduling = new ServiceApp<SchedulingDbContext>("schedulingdb", await TestServers.CreateDatabaseAsync("schedulingdb"), rabbit.ConnectionString);
        Scheduling = _scheduling.WithWebHostBuilder(b =>
        {
            b.UseSetting($"services:{CatalogueValuations.ServiceName}:http:0", "http://catalogue.test");
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<TimeProvider>(Clock);
                s.AddHttpClient<CatalogueValuations>().ConfigurePrimaryHttpMessageHandler(() => Catalogue.Server.CreateHandler());
            });
        });
        Scheduling.StartServer();
    }

    public async Task DisposeAsync()
    {
        await Scheduling.DisposeAsync();
        await _scheduling.DisposeAsync();
        await Catalogue.DisposeAsync();
    }

    public HttpClient ClientFor(string token)
    {
        var client = Scheduling.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Publishes on the shared test broker, as Contracts or Partners would.</summary>
    public async Task PublishAsync<T>(T message) where T : class, IIntegrationEvent
    {
        using var scope = Scheduling.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IBus>().Publish(message);
    }
}
