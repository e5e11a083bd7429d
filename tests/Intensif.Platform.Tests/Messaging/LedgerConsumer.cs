using Intensif.Messaging;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Intensif.Platform.Tests.Messaging;

/// <summary>The idempotent consumer under test: adds one ledger entry per event.</summary>
public sealed class LedgerConsumer(LedgerDb db, ILogger<LedgerConsumer> logger) : IdempotentConsumer<LedgerEvent, LedgerDb>(db, logger)
{
    protected override Task HandleAsync(LedgerEvent message, LedgerDb db, ConsumeContext<LedgerEvent> context, CancellationToken cancellationToken)
    {
        db.Entries.Add(new LedgerEntry { EventId = message.EventId, AggregateId = message.AggregateId, Number = message.Number });
        return Task.CompletedTask;
    }
}
