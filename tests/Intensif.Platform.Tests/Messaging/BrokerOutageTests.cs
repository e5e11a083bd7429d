using Intensif.Hosting.Processes;
using Intensif.Hosting.Servers;
using Intensif.Messaging.Outbox;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Platform.Tests.Messaging;

[Collection("Messaging")]
public sealed class BrokerOutageTests
{
    [Fact]
    public async Task Events_committed_while_the_broker_is_down_arrive_after_it_is_back()
    {
        // a private node: stopping the shared one would break every other test
        var options = new RabbitMqServerOptions
        {
            Directory = Path.Combine(Path.GetTempPath(), "intensif-outage-" + Guid.NewGuid().ToString("N")[..8]),
            Port = Ports.GetFreeInRange(20000, 35000, 1, 20000),
            NodeName = "outage" + Environment.ProcessId,
        };
        var launcher = new RabbitMqLauncher(options);
        ServerProcess? broker = await ServerProcess.StartRabbitMqAsync(launcher, timeout: TestServers.StartTimeout);
        try
        {
            await using var app = await MessagingTestHost.StartAsync(
                await TestServers.CreateDatabaseAsync("msg"), launcher.ConnectionString, "outage", x => x.AddConsumer<LedgerConsumer>());

            await broker.DisposeAsync();
            broker = null;
            var events = Enumerable.Range(1, 20).Select(n => LedgerEvent.Next($"agg-{n % 4}", n)).ToList();
            foreach (var e in events) await app.CommitAsync(e);
            var failing = await Eventually.MatchAsync(() => app.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Attempts > 0)), n => n > 0);
            Assert.True(failing > 0, "the relay never tried to publish while the broker was down");

            broker = await ServerProcess.StartRabbitMqAsync(new RabbitMqLauncher(options), timeout: TestServers.StartTimeout);
            var applied = await Eventually.MatchAsync(() => app.QueryAsync(db => db.Entries.Select(e => e.EventId).ToListAsync()),
                ids => ids.Count >= events.Count, TimeSpan.FromSeconds(120));

            Assert.Equal(events.Select(e => e.EventId).Order(), applied.Order());
            Assert.Equal(0, await app.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DispatchedAt == null)));
        }
        finally
        {
            if (broker is not null) await broker.DisposeAsync();
            try { Directory.Delete(options.Directory, recursive: true); } catch (IOException) { }
        }
    }
}
