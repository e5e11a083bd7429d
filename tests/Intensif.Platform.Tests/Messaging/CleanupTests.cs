using Intensif.Messaging.Inbox;
using Intensif.Messaging.Outbox;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Platform.Tests.Messaging;

[Collection("Messaging")]
public sealed class CleanupTests
{
    [Fact]
    public async Task Dispatched_outbox_rows_and_old_inbox_rows_are_purged_but_pending_rows_are_kept()
    {
        await using var app = await MessagingTestHost.CreateAsync(
            await TestServers.CreateDatabaseAsync("msg"), await VirtualHosts.CreateAsync("cleanup"), "cleanup",
            x => x.AddConsumer<LedgerConsumer>(),
            new Dictionary<string, string?>
            {
                ["Messaging:OutboxRetention"] = "00:00:00",
                ["Messaging:InboxRetention"] = "00:00:00",
                ["Messaging:CleanupInterval"] = "00:00:01",
            });
        var stuck = LedgerEvent.Next("stuck", 1);
        await app.CommitAsync(stuck);
        await app.ExecuteAsync($"update outbox_messages set message_type = 'Missing.Contract, Missing' where message_id = {stuck.EventId}");
        var delivered = LedgerEvent.Next("a", 1);

        await app.StartAsync();
        await app.CommitAsync(delivered);
        await Eventually.MatchAsync(() => app.QueryAsync(db => db.Entries.CountAsync()), n => n == 1);
        var remaining = await Eventually.MatchAsync(
            () => app.QueryAsync(db => db.Set<OutboxMessage>().Select(m => m.MessageId).ToListAsync()), ids => ids.Count == 1);
        var inbox = await Eventually.MatchAsync(() => app.QueryAsync(db => db.Set<InboxMessage>().CountAsync()), n => n == 0);

        Assert.Equal([stuck.EventId], remaining);
        Assert.Equal(0, inbox);
        Assert.Equal(1, await app.QueryAsync(db => db.Entries.CountAsync(e => e.EventId == delivered.EventId)));
    }
}
