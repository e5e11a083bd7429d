using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// The first schema of the Indicators database, as EF Core generates it from the model (plus the outbox and inbox tables).
/// Migrations are written by hand: the EF design-time tools cannot be restored here (see docs/decisions.md);
/// the schema test checks every migration chain against the model.
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261122100000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE active_contracts (
                "ContractId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "PseudonymousBeneficiaryId" uuid NOT NULL,
                "SignedOn" date NOT NULL,
                "RecordedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_active_contracts" PRIMARY KEY ("ContractId")
            );

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

            CREATE INDEX "IX_active_contracts_OrganismeId" ON active_contracts ("OrganismeId");

            CREATE INDEX "IX_active_contracts_Territory" ON active_contracts ("Territory");

            CREATE INDEX ix_inbox_messages_received_at ON inbox_messages (received_at);

            CREATE INDEX ix_outbox_messages_dispatched ON outbox_messages (dispatched_at) WHERE dispatched_at is not null;

            CREATE INDEX ix_outbox_messages_pending ON outbox_messages (sequence) WHERE dispatched_at is null;

            CREATE INDEX ix_outbox_messages_pending_aggregate ON outbox_messages (aggregate_id, sequence) WHERE dispatched_at is null;

            CREATE UNIQUE INDEX ux_outbox_messages_message_id ON outbox_messages (message_id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS active_contracts;");
        migrationBuilder.Sql("DROP TABLE IF EXISTS inbox_messages;");
        migrationBuilder.Sql("DROP TABLE IF EXISTS outbox_messages;");
    }
}
