using System.Diagnostics;
using Intensif.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Messaging.Outbox;

internal sealed class EntityFrameworkOutbox<TDbContext>(TDbContext db) : IOutbox where TDbContext : DbContext
{
    public void Enqueue<T>(T message, string aggregateId) where T : class, IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(aggregateId);
        if (message.EventId == Guid.Empty)
            throw new ArgumentException($"{typeof(T).Name}.EventId is empty: it becomes the message id consumers de-duplicate on.", nameof(message));

        // the runtime type, not T: Enqueue<IIntegrationEvent>(e) must still publish the concrete contract
        var type = message.GetType();
        var activity = Activity.Current;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = message.EventId,
            MessageType = OutboxSerializer.TypeName(type),
            AggregateId = aggregateId,
            Payload = OutboxSerializer.Serialize(message, type),
            TraceParent = activity?.IdFormat == ActivityIdFormat.W3C ? activity.Id : null,
            TraceState = activity?.TraceStateString,
        });
    }
}
