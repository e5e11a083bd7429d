using System.Diagnostics;
using MassTransit;

namespace Intensif.Platform.Tests.Messaging;

/// <summary>A deliberately naive consumer: records every delivery, so duplicates and order are visible.</summary>
public sealed class DeliveryRecorder(LedgerDb db) : IConsumer<LedgerEvent>
{
    public async Task Consume(ConsumeContext<LedgerEvent> context)
    {
        db.Deliveries.Add(new Delivery
        {
            MessageId = context.MessageId ?? Guid.Empty,
            AggregateId = context.Message.AggregateId,
            Number = context.Message.Number,
            TraceId = Activity.Current?.TraceId.ToString(),
        });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
