using Intensif.Messaging;
using MassTransit;

namespace Intensif.Platform.Tests.Messaging;

/// <summary>Applies the event, then fails on the first attempt: the base class must roll back entry and inbox row alike.</summary>
public sealed class FlakyLedgerConsumer(LedgerDb db, AttemptCounter attempts) : IdempotentConsumer<LedgerEvent, LedgerDb>(db)
{
    protected override async Task HandleAsync(LedgerEvent message, LedgerDb db, ConsumeContext<LedgerEvent> context, CancellationToken cancellationToken)
    {
        attempts.Increment();
        db.Entries.Add(new LedgerEntry { EventId = message.EventId, AggregateId = message.AggregateId, Number = message.Number });
        await db.SaveChangesAsync(cancellationToken);   // written inside the transaction, so a failure must undo it
        if (context.GetRetryAttempt() == 0) throw new TimeoutException("transient failure on the first attempt");
    }
}
