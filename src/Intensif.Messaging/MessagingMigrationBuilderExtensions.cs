using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Messaging;

/// <summary>
/// The outbox and inbox tables for a service's hand-written initial migration: the DDL EF Core generates for
/// <see cref="MessagingModelBuilderExtensions.AddMessagingTables"/>, kept here once (each service's schema test checks it
/// against the model).
/// </summary>
public static class MessagingMigrationBuilderExtensions
{
    public static MigrationBuilder CreateMessagingTables(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE inbox_messages (
                consumer text NOT NULL,
                message_id uuid NOT NULL,
                received_at timestamp with time zone NOT NULL DEFAULT (now()),
                CONSTRAINT "PK_inbox_messages" PRIMARY KEY (consumer, message_id)
            );

            CREATE TABLE outbox_messages (
                sequence bigint GENERATED ALWAYS AS IDENTITY,
                message_id uuid NOT NULL,
                message_type text NOT NULL,
                aggregate_id text NOT NULL,
                payload jsonb NOT NULL,
                headers jsonb,
                trace_parent text,
                trace_state text,
                created_at timestamp with time zone NOT NULL DEFAULT (now()),
                attempts integer NOT NULL,
                last_error text,
                not_before timestamp with time zone,
                dispatched_at timestamp with time zone,
                CONSTRAINT "PK_outbox_messages" PRIMARY KEY (sequence)
            );

            CREATE INDEX ix_inbox_messages_received_at ON inbox_messages (received_at);
            CREATE INDEX ix_outbox_messages_dispatched ON outbox_messages (dispatched_at) WHERE dispatched_at is not null;
            CREATE INDEX ix_outbox_messages_pending ON outbox_messages (sequence) WHERE dispatched_at is null;
            CREATE INDEX ix_outbox_messages_pending_aggregate ON outbox_messages (aggregate_id, sequence) WHERE dispatched_at is null;
            CREATE UNIQUE INDEX ux_outbox_messages_message_id ON outbox_messages (message_id);
            """);
        return migrationBuilder;
    }

    public static MigrationBuilder DropMessagingTables(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS outbox_messages; DROP TABLE IF EXISTS inbox_messages;");
        return migrationBuilder;
    }
}
