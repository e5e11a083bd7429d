using System.Collections.Concurrent;
using MassTransit;

namespace Intensif.Platform.Tests.Messaging;

/// <summary>Counts completed consumptions of <see cref="LedgerEvent"/> per message id, duplicates included.</summary>
public sealed class DeliveryCounter : IConsumeMessageObserver<LedgerEvent>
{
    private readonly ConcurrentDictionary<Guid, int> _completed = new();

    public int CompletedFor(Guid messageId) => _completed.GetValueOrDefault(messageId);

    public Task PreConsume(ConsumeContext<LedgerEvent> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<LedgerEvent> context)
    {
        _completed.AddOrUpdate(context.MessageId ?? Guid.Empty, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<LedgerEvent> context, Exception exception) => Task.CompletedTask;
}
