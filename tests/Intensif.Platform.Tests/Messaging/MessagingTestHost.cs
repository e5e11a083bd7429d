using Intensif.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intensif.Platform.Tests.Messaging;

/// <summary>A service process in miniature: LedgerDb, AddMessaging exactly as services call it, and helpers to act on it.</summary>
internal sealed class MessagingTestHost(IHost host) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    /// <summary>Builds the host and creates its schema; the bus and the relay run only after <see cref="StartAsync"/>.</summary>
    public static async Task<MessagingTestHost> CreateAsync(string database, string broker, string prefix,
        Action<IBusRegistrationConfigurator>? consumers = null, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker,
            ["ConnectionStrings:ledger"] = database,
            // short enough for tests to observe outages and back-offs within their waits
            ["Messaging:PublishTimeout"] = "00:00:03",
            ["Messaging:MaxBackoff"] = "00:00:02",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDbContext<LedgerDb>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("ledger")));
        builder.AddMessaging<LedgerDb>(prefix, consumers);

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<LedgerDb>().Database.EnsureCreatedAsync();
        return new MessagingTestHost(host);
    }

    public static async Task<MessagingTestHost> StartAsync(string database, string broker, string prefix,
        Action<IBusRegistrationConfigurator>? consumers = null, IDictionary<string, string?>? settings = null)
    {
        var host = await CreateAsync(database, broker, prefix, consumers, settings);
        await host.StartAsync();
        return host;
    }

    public Task StartAsync() => host.StartAsync();

    /// <summary>One business transaction: the state change and its event commit together, as a service does it.</summary>
    public async Task CommitAsync(params LedgerEvent[] events)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDb>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        foreach (var e in events) outbox.Enqueue(e, e.AggregateId);
        await db.SaveChangesAsync();
    }

    public async Task<T> QueryAsync<T>(Func<LedgerDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LedgerDb>());
    }

    public async Task ExecuteAsync(FormattableString sql)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LedgerDb>().Database.ExecuteSqlInterpolatedAsync(sql);
    }

    public async ValueTask DisposeAsync()
    {
        try { await host.StopAsync(TimeSpan.FromSeconds(20)); }
        finally { host.Dispose(); }
    }
}
