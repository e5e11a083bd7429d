using Intensif.IntegrationEvents;

namespace Intensif.Messaging;

/// <summary>
/// Scoped. Adds an event to the scoped DbContext's change tracker: it is committed by the same SaveChangesAsync
/// (and transaction) as the state change, then published by the relay. Services never publish domain events directly.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Queues <paramref name="message"/> for publication. Events with the same <paramref name="aggregateId"/> are
    /// published in the order they were enqueued; a failing one holds back the later ones.
    /// </summary>
    void Enqueue<T>(T message, string aggregateId) where T : class, IIntegrationEvent;
}
