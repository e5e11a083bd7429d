using Intensif.Messaging.Inbox;
using Intensif.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Platform.Tests.Messaging;

[Collection("Messaging")]
public sealed class InboxTests
{
    [Fact]
    public async Task A_message_delivered_twice_changes_state_once()
    {
        await using var app = await MessagingTestHost.StartAsync(
            await TestServers.CreateDatabaseAsync("msg"), await VirtualHosts.CreateAsync("dup"), "dup", x => x.AddConsumer<LedgerConsumer>());
        var counter = new DeliveryCounter();
        var bus = app.Services.GetRequiredService<IBus>();
        bus.ConnectConsumeMessageObserver(counter);
        var message = LedgerEvent.Next("a", 1);

        // the broker redelivering, or a relay republishing after a lost commit: same MessageId twice
        for (var i = 0; i < 2; i++)
            await bus.Publish(message, c => c.MessageId = message.EventId);
        var completed = await Eventually.MatchAsync(() => Task.FromResult(counter.CompletedFor(message.EventId)), n => n >= 2);

        Assert.Equal(2, completed);
        Assert.Equal(1, await app.QueryAsync(db => db.Entries.CountAsync(e => e.EventId == message.EventId)));
        Assert.Equal(1, await app.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == message.EventId)));
    }

    [Fact]
    public async Task An_event_republished_after_a_lost_relay_commit_changes_state_once()
    {
        await using var app = await MessagingTestHost.StartAsync(
            await TestServers.CreateDatabaseAsync("msg"), await VirtualHosts.CreateAsync("lost"), "lost", x => x.AddConsumer<LedgerConsumer>());
        var counter = new DeliveryCounter();
        app.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(counter);
        var message = LedgerEvent.Next("a", 1);
        await app.CommitAsync(message);
        await Eventually.MatchAsync(() => Task.FromResult(counter.CompletedFor(message.EventId)), n => n >= 1);

        // the relay crashed after the broker's confirm and before its commit: the row is pending again
        await app.ExecuteAsync($"update outbox_messages set dispatched_at = null where message_id = {message.EventId}");
        var completed = await Eventually.MatchAsync(() => Task.FromResult(counter.CompletedFor(message.EventId)), n => n >= 2);

        Assert.Equal(2, completed);
        Assert.Equal(1, await app.QueryAsync(db => db.Entries.CountAsync(e => e.EventId == message.EventId)));
    }

    [Fact]
    public async Task A_failed_attempt_leaves_no_inbox_row_so_the_retry_applies_the_message()
    {
        var attempts = new AttemptCounter();
        await using var app = await MessagingTestHost.StartAsync(
            await TestServers.CreateDatabaseAsync("msg"), await VirtualHosts.CreateAsync("retry"), "retry", x =>
            {
                x.AddSingleton(attempts);
                x.AddConsumer<FlakyLedgerConsumer>();
            });
        var message = LedgerEvent.Next("a", 1);

        await app.CommitAsync(message);
        var entries = await Eventually.MatchAsync(() => app.QueryAsync(db => db.Entries.CountAsync()), n => n >= 1);

        Assert.Equal(1, entries);
        Assert.Equal(2, attempts.Count);
        Assert.Equal(1, await app.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == message.EventId)));
    }
}
