using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Contracts.Api.Infrastructure.Migrations;

/// <summary>
/// The platform proposes breach files from Scheduling's events (SR-11): the facts kept per person, the local
/// thresholds, one open platform proposal per contract, and the dismissal of a proposal.
/// </summary>
[DbContext(typeof(ContractsDbContext))]
[Migration("20261122200000_PlatformBreachProposals")]
public sealed class PlatformBreachProposals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE TABLE breach_signals (
                "Id" uuid NOT NULL,
                "PseudonymousBeneficiaryId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Kind" character varying(32) NOT NULL,
                "Reference" character varying(100) NOT NULL,
                "On" date NOT NULL,
                "Unexcused" boolean NOT NULL,
                "TargetHours" numeric(5,2),
                "RealisedHours" numeric(5,2),
                "Summary" character varying(500) NOT NULL,
                "BreachFileId" uuid,
                "ReceivedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_breach_signals" PRIMARY KEY ("Id")
            );
            CREATE UNIQUE INDEX "IX_breach_signals_PseudonymousBeneficiaryId_Kind_Reference" ON breach_signals ("PseudonymousBeneficiaryId", "Kind", "Reference");
            ALTER TABLE breach_files ADD COLUMN "DismissalReason" character varying(1000);
            CREATE UNIQUE INDEX "IX_breach_files_platform_open_proposal" ON breach_files ("ContractId") WHERE "ProposedBy" = 'platform' AND "Status" IN ('PROPOSED', 'OBSERVATIONS_INVITED');
            ALTER TABLE organisme_policies
                ADD COLUMN "BreachMissedInterviews" integer NOT NULL DEFAULT 2,
                ADD COLUMN "BreachWindowDays" integer NOT NULL DEFAULT 60,
                ADD COLUMN "BreachWeeksFarBelowTarget" integer NOT NULL DEFAULT 3;
            ALTER TABLE organisme_policies
                ALTER COLUMN "BreachMissedInterviews" DROP DEFAULT,
                ALTER COLUMN "BreachWindowDays" DROP DEFAULT,
                ALTER COLUMN "BreachWeeksFarBelowTarget" DROP DEFAULT;
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            ALTER TABLE organisme_policies DROP COLUMN "BreachMissedInterviews", DROP COLUMN "BreachWindowDays", DROP COLUMN "BreachWeeksFarBelowTarget";
            DROP INDEX "IX_breach_files_platform_open_proposal";
            ALTER TABLE breach_files DROP COLUMN "DismissalReason";
            DROP TABLE breach_signals;
            """);
}
