using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intensif.Messaging;

/// <summary>
/// A consumer whose effect is applied once per message id, however often the message is delivered: the inbox row
/// (consumer, message id) and the effect commit in one transaction. A duplicate is logged and acknowledged; a failure
/// rolls back both, so MassTransit's retry gets a clean attempt. Events the handler enqueues through
/// <see cref="IOutbox"/> join the same transaction.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TDbContext>(TDbContext db, ILogger logger) : IConsumer<TMessage>
    where TMessage : class where TDbContext : DbContext
{
    protected IdempotentConsumer(TDbContext db) : this(db, NullLogger.Instance) { }

    /// <summary>The inbox key of this consumer. Renaming the class forgets what it consumed, so override to keep a name.</summary>
    protected virtual string ConsumerName => GetType().FullName!;

    /// <summary>Applies the message to <paramref name="db"/>; do not call SaveChanges or commit, the base class does.</summary>
    protected abstract Task HandleAsync(TMessage message, TDbContext db, ConsumeContext<TMessage> context, CancellationToken cancellationToken);

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId: it cannot be de-duplicated.");
        var cancellationToken = context.CancellationToken;
        // the table name comes from the model, the values are parameters
        var insert = "insert into " + MessagingTables.For(db).Inbox + " (consumer, message_id) values ({0}, {1}) on conflict do nothing";

        // a retrying execution strategy requires the whole unit to be replayable, hence the lambda
        var applied = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();   // nothing from a failed attempt may leak into this one
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // concurrent deliveries of one message: the second insert waits for the first commit, then inserts nothing
            var inserted = await db.Database.ExecuteSqlRawAsync(insert, [ConsumerName, messageId], cancellationToken);
            if (inserted == 0) return false;

            await HandleAsync(context.Message, db, context, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });

        if (!applied)
            logger.LogInformation("{Consumer} already consumed {MessageType} {MessageId}; duplicate acknowledged without effect",
                ConsumerName, typeof(TMessage).Name, messageId);
    }
}
