using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Partners.Api.Infrastructure.Migrations;

/// <summary>
/// The first schema of the Partners database, as EF Core generates it from the model (plus the outbox and inbox tables).
/// Migrations are written by hand: the EF design-time tools cannot be restored here (see docs/decisions.md);
/// the schema test checks every migration chain against the model.
/// </summary>
[DbContext(typeof(PartnersDbContext))]
[Migration("20261122100000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
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

            CREATE TABLE partner_structures (
                "Id" uuid NOT NULL,
                "Name" character varying(200) NOT NULL,
                "Siret" character varying(14) NOT NULL,
                "Type" character varying(32) NOT NULL,
                "Territories" text[] NOT NULL,
                "RegisteredAt" timestamp with time zone NOT NULL,
                "RegisteredBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_partner_structures" PRIMARY KEY ("Id")
            );

            CREATE INDEX ix_inbox_messages_received_at ON inbox_messages (received_at);

            CREATE INDEX ix_outbox_messages_dispatched ON outbox_messages (dispatched_at) WHERE dispatched_at is not null;

            CREATE INDEX ix_outbox_messages_pending ON outbox_messages (sequence) WHERE dispatched_at is null;

            CREATE INDEX ix_outbox_messages_pending_aggregate ON outbox_messages (aggregate_id, sequence) WHERE dispatched_at is null;

            CREATE UNIQUE INDEX ux_outbox_messages_message_id ON outbox_messages (message_id);

            CREATE UNIQUE INDEX "IX_partner_structures_Siret" ON partner_structures ("Siret");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS inbox_messages;");
        migrationBuilder.Sql("DROP TABLE IF EXISTS outbox_messages;");
        migrationBuilder.Sql("DROP TABLE IF EXISTS partner_structures;");
    }
}
