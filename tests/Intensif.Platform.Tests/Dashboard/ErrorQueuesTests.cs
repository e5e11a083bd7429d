using System.Text;
using Intensif.Dashboard.Messaging;
using Intensif.Testing;
using RabbitMQ.Client;

namespace Intensif.Platform.Tests.Dashboard;

/// <summary>The messaging page's <c>_error</c> queue messages and their replay, on the test broker over AMQP.</summary>
public sealed class ErrorQueuesTests
{
    private const string Body = """{"messageId":"m-1","messageType":["urn:message:Intensif.Referrals:ReferralAccepted"],"message":{"referralId":42}}""";

    private static async Task<(IConnection Connection, IChannel Channel, string Queue, string ErrorQueue, string Uri)> ArrangeAsync(string messageId)
    {
        var broker = await TestServers.RabbitMqAsync();
        var queue = $"replay-{Guid.NewGuid():N}"[..20];
        var connection = await new ConnectionFactory { Uri = new Uri(broker.ConnectionString) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false);
        await channel.QueueDeclareAsync(queue + "_error", durable: false, exclusive: false, autoDelete: false);
        // as MassTransit's error transport leaves a message whose consumer failed every retry
        var properties = new BasicProperties
        {
            MessageId = messageId,
            ContentType = "application/vnd.masstransit+json",
            Headers = new Dictionary<string, object?>
            {
                ["MT-Reason"] = Encoding.UTF8.GetBytes("fault"),
                ["MT-Fault-ExceptionType"] = Encoding.UTF8.GetBytes("System.InvalidOperationException"),
                ["MT-Fault-Message"] = Encoding.UTF8.GetBytes("The referral is already closed."),
                ["MT-Fault-Timestamp"] = Encoding.UTF8.GetBytes("2026-11-22T10:15:00.0000000Z"),
            },
        };
        await channel.BasicPublishAsync("", queue + "_error", mandatory: true, properties, Encoding.UTF8.GetBytes(Body));
        return (connection, channel, queue, queue + "_error", broker.ConnectionString);
    }

    [Fact]
    public async Task Reading_an_error_queue_shows_the_fault_and_leaves_the_message_in_it()
    {
        var (connection, channel, _, errorQueue, uri) = await ArrangeAsync("m-1");
        await using var _c = connection;
        await using var _ch = channel;

        var read = await new ErrorQueues(uri).PeekAsync(errorQueue, CancellationToken.None);

        Assert.Null(read.Problem);
        Assert.Equal(1, read.Depth);
        var message = Assert.Single(read.Messages);
        Assert.Equal("m-1", message.MessageId);
        Assert.Equal("urn:message:Intensif.Referrals:ReferralAccepted", message.MessageType);
        Assert.Equal("fault", message.Reason);
        Assert.Equal("System.InvalidOperationException", message.ExceptionType);
        Assert.Equal("The referral is already closed.", message.FaultMessage);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 15, 0, TimeSpan.Zero), message.At);
        Assert.Equal(Body, message.BodyPreview);
        Assert.Equal(1u, await channel.MessageCountAsync(errorQueue));
        // and again: the first read gave it back
        Assert.Single((await new ErrorQueues(uri).PeekAsync(errorQueue, CancellationToken.None)).Messages);
    }

    [Fact]
    public async Task Replaying_moves_the_message_back_to_its_queue_with_the_same_body_and_id()
    {
        var (connection, channel, queue, errorQueue, uri) = await ArrangeAsync("m-2");
        await using var _c = connection;
        await using var _ch = channel;

        var replay = await new ErrorQueues(uri).ReplayAsync(errorQueue, "m-2", CancellationToken.None);

        Assert.True(replay.Replayed, replay.Message);
        Assert.Equal(queue, replay.Queue);
        Assert.Equal(0u, await channel.MessageCountAsync(errorQueue));
        Assert.Equal(1u, await channel.MessageCountAsync(queue));
        var moved = await channel.BasicGetAsync(queue, autoAck: true);
        Assert.NotNull(moved);
        Assert.Equal("m-2", moved.BasicProperties.MessageId);
        Assert.Equal(Body, Encoding.UTF8.GetString(moved.Body.Span));
        Assert.Equal("fault", Encoding.UTF8.GetString((byte[])moved.BasicProperties.Headers!["MT-Reason"]!));
    }

    [Fact]
    public async Task A_replay_of_an_unknown_message_or_to_a_missing_queue_leaves_the_error_queue_as_it_was()
    {
        var (connection, channel, queue, errorQueue, uri) = await ArrangeAsync("m-3");
        await using var _c = connection;
        await using var _ch = channel;

        var unknown = await new ErrorQueues(uri).ReplayAsync(errorQueue, "no-such-id", CancellationToken.None);
        await channel.QueueDeleteAsync(queue);
        var noTarget = await new ErrorQueues(uri).ReplayAsync(errorQueue, "m-3", CancellationToken.None);

        Assert.False(unknown.Replayed);
        Assert.Contains("No message no-such-id", unknown.Message);
        Assert.False(noTarget.Replayed);
        Assert.Contains($"The queue {queue} does not exist", noTarget.Message);
        Assert.Equal(1u, await channel.MessageCountAsync(errorQueue));
    }

    [Fact]
    public async Task Replay_is_refused_from_another_origin()
    {
        await using var server = await DashboardServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messaging/queues/orders_error/messages/m-1/replay");
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await server.Operator.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }
}
