using Intensif.Messaging.Inbox;
using Intensif.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>
    /// Adds outbox_messages and inbox_messages to a service's model, so its own migration creates them.
    /// Column names are spelled out: they are read with plain SQL by the relay and the inbox, whatever naming
    /// convention the service uses. The tables follow the model's default schema.
    /// </summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Sequence);
            outbox.Property(m => m.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
            outbox.Property(m => m.MessageId).HasColumnName("message_id");
            outbox.Property(m => m.MessageType).HasColumnName("message_type");
            outbox.Property(m => m.AggregateId).HasColumnName("aggregate_id");
            outbox.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
            outbox.Property(m => m.Headers).HasColumnName("headers").HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasColumnName("trace_parent");
            outbox.Property(m => m.TraceState).HasColumnName("trace_state");
            outbox.Property(m => m.CreatedAt).HasColumnName("created_at").HasDefaultValueSql("now()").ValueGeneratedOnAdd();
            outbox.Property(m => m.Attempts).HasColumnName("attempts");
            outbox.Property(m => m.LastError).HasColumnName("last_error");
            outbox.Property(m => m.NotBefore).HasColumnName("not_before");
            outbox.Property(m => m.DispatchedAt).HasColumnName("dispatched_at");

            outbox.HasIndex(m => m.MessageId).IsUnique().HasDatabaseName("ux_outbox_messages_message_id");
            // the relay's claim query: pending rows in order, and "is there an earlier pending row of this aggregate"
            outbox.HasIndex(m => m.Sequence).HasFilter("dispatched_at is null").HasDatabaseName("ix_outbox_messages_pending");
            outbox.HasIndex(m => new { m.AggregateId, m.Sequence }).HasFilter("dispatched_at is null")
                .HasDatabaseName("ix_outbox_messages_pending_aggregate");
            outbox.HasIndex(m => m.DispatchedAt).HasFilter("dispatched_at is not null").HasDatabaseName("ix_outbox_messages_dispatched");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.Consumer, m.MessageId });
            inbox.Property(m => m.Consumer).HasColumnName("consumer");
            inbox.Property(m => m.MessageId).HasColumnName("message_id");
            inbox.Property(m => m.ReceivedAt).HasColumnName("received_at").HasDefaultValueSql("now()").ValueGeneratedOnAdd();
            inbox.HasIndex(m => m.ReceivedAt).HasDatabaseName("ix_inbox_messages_received_at");
        });

        return modelBuilder;
    }
}
