using Intensif.Messaging;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Scheduling.Api.Infrastructure.Migrations;

/// <summary>
/// The first schema of the Scheduling database, as EF Core generates it from the model, and the outbox and inbox
/// tables of Intensif.Messaging.
/// Migrations are written by hand: the EF design-time tools cannot be restored here (see docs/decisions.md);
/// the schema test checks every migration chain against the model.
/// </summary>
[DbContext(typeof(SchedulingDbContext))]
[Migration("20261122100000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE interviews (
                "Id" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "ReferentId" character varying(128) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "ScheduledAt" timestamp with time zone NOT NULL,
                "DurationMinutes" integer NOT NULL,
                "Type" character varying(32) NOT NULL,
                "Channel" character varying(32) NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_interviews" PRIMARY KEY ("Id")
            );

            CREATE INDEX "IX_interviews_BeneficiaryId" ON interviews ("BeneficiaryId");

            CREATE INDEX "IX_interviews_OrganismeId_ReferentId_ScheduledAt" ON interviews ("OrganismeId", "ReferentId", "ScheduledAt");

            """);
        migrationBuilder.CreateMessagingTables();
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS interviews;");
        migrationBuilder.DropMessagingTables();
    }
}
