using System.Diagnostics;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Intensif.Platform.Tests.Messaging;

[Collection("Messaging")]
public sealed class ConventionsTests
{
    [Fact]
    public async Task Endpoint_names_are_prefixed_by_the_service()
    {
        await using var app = await MessagingTestHost.CreateAsync(
            await TestServers.CreateDatabaseAsync("msg"), "amqp://unused:unused@127.0.0.1:1/", "indicators");

        var formatter = app.Services.GetRequiredService<IEndpointNameFormatter>();

        Assert.Equal("indicators-ledger", formatter.Consumer<LedgerConsumer>());
        Assert.Equal("indicators-contract-signed", formatter.Message<ContractSigned>());
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_retried_then_moved_to_the_error_queue_of_a_quorum_queue()
    {
        var broker = await VirtualHosts.CreateAsync("conv");
        var attempts = new AttemptCounter();
        await using var app = await MessagingTestHost.StartAsync(await TestServers.CreateDatabaseAsync("msg"), broker, "conv", x =>
        {
            x.AddSingleton(attempts);
            x.AddConsumer<AlwaysFailingConsumer>();
        });

        await app.Services.GetRequiredService<IBus>().Publish(new FailingEvent(Guid.NewGuid()));
        await using var connection = await new ConnectionFactory { Uri = new Uri(broker) }.CreateConnectionAsync();
        var inError = await Eventually.MatchAsync(() => DepthAsync(connection, "conv-always-failing_error"), n => n > 0);

        Assert.Equal(1u, inError);
        Assert.Equal(1 + 3, attempts.Count);
        // redeclaring with the same type is accepted, with another type refused: the queue is a durable quorum queue
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync("conv-always-failing", durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
        await using var probe = await connection.CreateChannelAsync();
        await Assert.ThrowsAsync<OperationInterruptedException>(() => probe.QueueDeclareAsync("conv-always-failing", durable: true,
            exclusive: false, autoDelete: false, arguments: new Dictionary<string, object?> { ["x-queue-type"] = "classic" }));
    }

    /// <summary>Messages in a queue, 0 while it does not exist (MassTransit creates _error queues on first use).</summary>
    private static async Task<uint> DepthAsync(IConnection connection, string queue)
    {
        await using var channel = await connection.CreateChannelAsync();
        try { return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount; }
        catch (OperationInterruptedException) { return 0; }
    }

    [Fact]
    public async Task The_bus_health_check_belongs_to_readiness_not_liveness()
    {
        await using var app = await MessagingTestHost.StartAsync(
            await TestServers.CreateDatabaseAsync("msg"), await VirtualHosts.CreateAsync("health"), "health", x => x.AddConsumer<LedgerConsumer>());
        var health = app.Services.GetRequiredService<HealthCheckService>();

        var ready = await Eventually.MatchAsync(() => health.CheckHealthAsync(r => r.Tags.Contains("ready")), r => r.Status == HealthStatus.Healthy);
        var live = await health.CheckHealthAsync(r => r.Tags.Contains("live"));

        Assert.Equal(HealthStatus.Healthy, ready.Status);
        Assert.Contains("messaging", ready.Entries.Keys);
        Assert.Empty(live.Entries);
    }

    [Fact]
    public async Task The_consumer_continues_the_trace_that_enqueued_the_event()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "MassTransit" or "Intensif.Messaging" or "Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource("Tests");
        await using var app = await MessagingTestHost.StartAsync(
            await TestServers.CreateDatabaseAsync("msg"), await VirtualHosts.CreateAsync("trace"), "trace", x => x.AddConsumer<DeliveryRecorder>());
        var message = LedgerEvent.Next("a", 1);

        string traceId;
        using (var request = source.StartActivity("a request that changes state"))
        {
            traceId = request!.TraceId.ToString();
            await app.CommitAsync(message);
        }
        var delivery = await Eventually.MatchAsync(() => app.QueryAsync(db => db.Deliveries.SingleOrDefaultAsync()), d => d is not null);

        Assert.NotNull(delivery);
        Assert.Equal(message.EventId, delivery.MessageId);
        Assert.Equal(traceId, delivery.TraceId);
    }
}
