using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Intensif.Dashboard.Messaging;

/// <summary>
/// Reads and replays the messages of MassTransit's <c>_error</c> queues over AMQP, with the broker URI of the app
/// model. Reading takes the messages unacknowledged and gives them all back (nack with requeue): a classic queue puts
/// them back where they were, nothing is lost even if the dashboard dies meanwhile (the broker requeues a closed
/// channel's unacknowledged messages). Replaying publishes the message to its endpoint's queue with publisher
/// confirms and mandatory routing, and acknowledges it on the <c>_error</c> queue only once the broker confirmed.
/// </summary>
internal sealed class ErrorQueues(string brokerUri)
{
    public const int PeekLimit = 50;
    /// <summary>How deep a replay looks for the message id.</summary>
    public const int ReplayScanLimit = 1000;
    private const string ErrorSuffix = "_error";

    public static bool IsErrorQueue(string queue) => queue.Length > ErrorSuffix.Length && queue.EndsWith(ErrorSuffix, StringComparison.Ordinal);

    public static string OriginalQueueOf(string errorQueue) =>
        IsErrorQueue(errorQueue) ? errorQueue[..^ErrorSuffix.Length] : errorQueue;

    public async Task<ErrorQueueMessages> PeekAsync(string queue, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await ConnectAsync(cancellationToken);
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            var depth = (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
            var messages = new List<ErrorQueueMessage>();
            ulong lastTag = 0;
            try
            {
                while (messages.Count < PeekLimit && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } delivery)
                {
                    lastTag = delivery.DeliveryTag;
                    messages.Add(ErrorQueueMessageReader.Read(delivery));
                }
            }
            finally
            {
                await GiveBackAsync(channel, lastTag);
            }
            return new ErrorQueueMessages(queue, depth, messages, null);
        }
        catch (Exception e) when (e is OperationInterruptedException or BrokerUnreachableException)
        {
            return ErrorQueueMessages.Failed(queue, Describe(e, queue));
        }
    }

    public async Task<ReplayResult> ReplayAsync(string errorQueue, string messageId, CancellationToken cancellationToken)
    {
        var target = OriginalQueueOf(errorQueue);
        try
        {
            await using var connection = await ConnectAsync(cancellationToken);
            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
            await channel.QueueDeclarePassiveAsync(target, cancellationToken);
            await channel.QueueDeclarePassiveAsync(errorQueue, cancellationToken);
            ulong lastTag = 0;
            try
            {
                for (var scanned = 0; scanned < ReplayScanLimit; scanned++)
                {
                    if (await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is not { } delivery) break;
                    lastTag = delivery.DeliveryTag;
                    if (ErrorQueueMessageReader.IdOf(delivery) != messageId) continue;

                    // throws if the broker nacks or returns it: the finally block then gives it back to the _error queue
                    await channel.BasicPublishAsync("", target, mandatory: true, new BasicProperties(delivery.BasicProperties), delivery.Body, cancellationToken);
                    await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
                    return new ReplayResult(true, errorQueue, target, messageId, $"Moved to {target}.");
                }
            }
            finally
            {
                await GiveBackAsync(channel, lastTag);
            }
            return ReplayResult.Failed(errorQueue, messageId, $"No message {messageId} among the first {ReplayScanLimit} of {errorQueue}.");
        }
        catch (Exception e) when (e is OperationInterruptedException or BrokerUnreachableException or PublishException)
        {
            return ReplayResult.Failed(errorQueue, messageId, Describe(e, target) + " The message stays in " + errorQueue + ".");
        }
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken) =>
        await new ConnectionFactory { Uri = new Uri(brokerUri), ClientProvidedName = "intensif-dashboard" }.CreateConnectionAsync(cancellationToken);

    /// <summary>Requeues every message still unacknowledged up to <paramref name="lastTag"/>; a closed channel has already given them back.</summary>
    private static async Task GiveBackAsync(IChannel channel, ulong lastTag)
    {
        if (lastTag == 0 || !channel.IsOpen) return;
        await channel.BasicNackAsync(lastTag, multiple: true, requeue: true, CancellationToken.None);
    }

    private static string Describe(Exception e, string queue) => e switch
    {
        OperationInterruptedException { ShutdownReason.ReplyCode: 404 } => $"The queue {queue} does not exist.",
        BrokerUnreachableException => "The broker cannot be reached: " + (e.InnerException?.Message ?? e.Message),
        PublishException => $"The broker did not accept the message for {queue}.",
        _ => e.Message,
    };
}
