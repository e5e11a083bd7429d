using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Contracts.Api.Infrastructure.Migrations;

/// <summary>Breach files and the sanction procedure (§3.16).</summary>
[DbContext(typeof(ContractsDbContext))]
[Migration("20261122170000_BreachFiles")]
public sealed class BreachFiles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE breach_files (
                "Id" uuid NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "ContractId" uuid,
                "OrganismeId" character varying(64) NOT NULL,
                "Benefit" character varying(32) NOT NULL,
                "BreachType" character varying(48) NOT NULL,
                "DetectedOn" date NOT NULL,
                "Evidence" jsonb NOT NULL,
                "Status" character varying(32) NOT NULL,
                "ProposedAt" timestamp with time zone NOT NULL,
                "ProposedBy" character varying(128) NOT NULL,
                "ObservationsInvitedOn" date,
                "ObservationsReceivedOn" date,
                "LegitimateReasonClaimed" boolean,
                "ObservationsSummary" character varying(1000),
                "EpOpinion" character varying(16),
                "EpOpinionOn" date,
                "DecisionAuthority" character varying(16),
                "DecisionDate" date,
                "Rank" character varying(16),
                "Measure" character varying(32),
                "RatePercent" integer,
                "DurationMonths" integer,
                "HouseholdCapApplied" boolean NOT NULL,
                "SanctionEndsOn" date,
                "NoSanctionReason" character varying(1000),
                "LiftedOn" date,
                "LiftReason" character varying(32),
                "AmountsRepaid" boolean,
                "UpdatedAt" timestamp with time zone NOT NULL,
                "UpdatedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_breach_files" PRIMARY KEY ("Id")
            );
            CREATE INDEX "IX_breach_files_BeneficiaryId_Status" ON breach_files ("BeneficiaryId", "Status");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE breach_files;");
}
