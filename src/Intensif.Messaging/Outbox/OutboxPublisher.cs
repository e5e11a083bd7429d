using System.Diagnostics;
using MassTransit;

namespace Intensif.Messaging.Outbox;

/// <summary>Publishes one outbox row: MessageId = the row's id, inside the trace that enqueued it.</summary>
internal sealed class OutboxPublisher(IBus bus)
{
    public const string AggregateIdHeader = "Intensif-AggregateId";
    private static readonly ActivitySource Source = new("Intensif.Messaging");

    /// <summary>Completes when the broker has confirmed the message (publisher confirms are on, see AddMessaging).</summary>
    public async Task PublishAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var (message, type) = OutboxSerializer.Deserialize(row.MessageType, row.Payload);
        var headers = row.Headers is null ? null : OutboxSerializer.DeserializeHeaders(row.Headers);

        using var activity = ContinueTrace(row, type);
        await bus.Publish(message, type, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = row.MessageId;
            context.Headers.Set(AggregateIdHeader, row.AggregateId);
            if (headers is null) return;
            foreach (var (name, value) in headers) context.Headers.Set(name, value);
        }), cancellationToken);
    }

    // MassTransit's send activity becomes a child of Activity.Current; without a listener on our source we still
    // need a current activity carrying the stored parent, hence the plain Activity fallback.
    private static Activity? ContinueTrace(OutboxRow row, Type type)
    {
        if (row.TraceParent is null || !ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent)) return null;
        var name = $"outbox publish {type.Name}";
        return Source.StartActivity(name, ActivityKind.Internal, parent)
            ?? new Activity(name) { TraceStateString = row.TraceState }.SetParentId(row.TraceParent).Start();
    }
}
