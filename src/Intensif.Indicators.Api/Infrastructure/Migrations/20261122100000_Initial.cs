using Intensif.Messaging;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// The first schema of the Indicators database, as EF Core generates it from the model, and the outbox and inbox
/// tables of Intensif.Messaging.
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

            CREATE INDEX "IX_active_contracts_OrganismeId" ON active_contracts ("OrganismeId");

            CREATE INDEX "IX_active_contracts_Territory" ON active_contracts ("Territory");

            """);
        migrationBuilder.CreateMessagingTables();
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS active_contracts;");
        migrationBuilder.DropMessagingTables();
    }
}
