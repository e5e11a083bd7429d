using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Contracts.Api.Infrastructure.Migrations;

/// <summary>
/// Contract lifecycle and versions, weekly duration regime, intensive episodes, référent portfolios (the lock rows of
/// the cap), passations, local policies and the audit trail. Existing contracts get the national defaults and a
/// first version.
/// </summary>
[DbContext(typeof(ContractsDbContext))]
[Migration("20261122120000_ContractLifecycleAndIntensiveEpisodes")]
public sealed class ContractLifecycleAndIntensiveEpisodes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE contracts ALTER COLUMN "SignedOn" DROP NOT NULL;
            ALTER TABLE contracts
                ADD COLUMN "BeneficiaryAcknowledgedOn" date,
                ADD COLUMN "ActivatedOn" date,
                ADD COLUMN "ClosedOn" date,
                ADD COLUMN "ClosureReason" character varying(32),
                ADD COLUMN "Regime" character varying(32) NOT NULL DEFAULT 'STANDARD',
                ADD COLUMN "TargetWeeklyHours" numeric(4,1) NOT NULL DEFAULT 15,
                ADD COLUMN "DurationJustification" character varying(2000),
                ADD COLUMN "RequestedByBeneficiary" boolean NOT NULL DEFAULT false,
                ADD COLUMN "OrganismeCommitments" character varying(4000),
                ADD COLUMN "BeneficiaryCommitments" character varying(4000),
                ADD COLUMN "Revision" integer NOT NULL DEFAULT 1,
                ADD COLUMN "UpdatedAt" timestamp with time zone;
            UPDATE contracts SET "UpdatedAt" = "CreatedAt", "BeneficiaryAcknowledgedOn" = "SignedOn";
            ALTER TABLE contracts
                ALTER COLUMN "Regime" DROP DEFAULT,
                ALTER COLUMN "TargetWeeklyHours" DROP DEFAULT,
                ALTER COLUMN "RequestedByBeneficiary" DROP DEFAULT,
                ALTER COLUMN "Revision" DROP DEFAULT,
                ALTER COLUMN "UpdatedAt" SET NOT NULL;

            CREATE TABLE contract_versions (
                "ContractId" uuid NOT NULL,
                "Number" integer NOT NULL,
                "Change" character varying(32) NOT NULL,
                "Reason" character varying(2000),
                "Status" character varying(32) NOT NULL,
                "ReferentId" character varying(128) NOT NULL,
                "Regime" character varying(32) NOT NULL,
                "TargetWeeklyHours" numeric(4,1) NOT NULL,
                "DurationJustification" character varying(2000),
                "OrganismeCommitments" character varying(4000),
                "BeneficiaryCommitments" character varying(4000),
                "RecordedAt" timestamp with time zone NOT NULL,
                "RecordedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_contract_versions" PRIMARY KEY ("ContractId", "Number")
            );
            INSERT INTO contract_versions ("ContractId", "Number", "Change", "Status", "ReferentId", "Regime", "TargetWeeklyHours", "RecordedAt", "RecordedBy")
            SELECT "Id", 1, 'SIGNED', "Status", "ReferentId", "Regime", "TargetWeeklyHours", "CreatedAt", "CreatedBy" FROM contracts;

            CREATE TABLE intensive_episodes (
                "Id" uuid NOT NULL,
                "ContractId" uuid NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "ReferentId" character varying(128) NOT NULL,
                "Status" character varying(16) NOT NULL,
                "StartDate" date NOT NULL,
                "PlannedEndDate" date NOT NULL,
                "ExtensionCount" integer NOT NULL,
                "EndedOn" date,
                "ExitType" character varying(32),
                "BarriersAtExit" jsonb NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "UpdatedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_intensive_episodes" PRIMARY KEY ("Id")
            );
            CREATE UNIQUE INDEX "IX_intensive_episodes_ContractId" ON intensive_episodes ("ContractId") WHERE "Status" = 'ACTIVE';
            CREATE INDEX "IX_intensive_episodes_OrganismeId_ReferentId_Status" ON intensive_episodes ("OrganismeId", "ReferentId", "Status");

            CREATE TABLE referent_portfolios (
                "OrganismeId" character varying(64) NOT NULL,
                "ReferentId" character varying(128) NOT NULL,
                "LastAssignmentAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_referent_portfolios" PRIMARY KEY ("OrganismeId", "ReferentId")
            );

            CREATE TABLE referent_changes (
                "Id" uuid NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "FromReferentId" character varying(128) NOT NULL,
                "ToReferentId" character varying(128) NOT NULL,
                "Reason" character varying(32) NOT NULL,
                "EffectiveDate" date NOT NULL,
                "HandoverNote" character varying(4000) NOT NULL,
                "PlanContinuity" boolean NOT NULL,
                "RecordedAt" timestamp with time zone NOT NULL,
                "RecordedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_referent_changes" PRIMARY KEY ("Id")
            );
            CREATE INDEX "IX_referent_changes_BeneficiaryId" ON referent_changes ("BeneficiaryId");

            CREATE TABLE organisme_policies (
                "OrganismeId" character varying(64) NOT NULL,
                "CapacityIntensive" integer NOT NULL,
                "IntensiveDurationMinMonths" integer NOT NULL,
                "IntensiveDurationMaxMonths" integer NOT NULL,
                "TargetWeeklyHoursDefault" numeric(4,1) NOT NULL,
                "UpdatedAt" timestamp with time zone NOT NULL,
                "UpdatedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_organisme_policies" PRIMARY KEY ("OrganismeId")
            );

            CREATE TABLE audit_entries (
                "Id" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Actor" character varying(128) NOT NULL,
                "ActorRole" character varying(32) NOT NULL,
                "At" timestamp with time zone NOT NULL,
                "Action" character varying(64) NOT NULL,
                "EntityType" character varying(64) NOT NULL,
                "EntityId" uuid NOT NULL,
                "Before" jsonb,
                "After" jsonb,
                CONSTRAINT "PK_audit_entries" PRIMARY KEY ("Id")
            );
            CREATE INDEX "IX_audit_entries_OrganismeId_EntityId" ON audit_entries ("OrganismeId", "EntityId");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE IF EXISTS audit_entries;
            DROP TABLE IF EXISTS organisme_policies;
            DROP TABLE IF EXISTS referent_changes;
            DROP TABLE IF EXISTS referent_portfolios;
            DROP TABLE IF EXISTS intensive_episodes;
            DROP TABLE IF EXISTS contract_versions;
            DELETE FROM contracts WHERE "SignedOn" IS NULL;
            ALTER TABLE contracts ALTER COLUMN "SignedOn" SET NOT NULL;
            ALTER TABLE contracts
                DROP COLUMN "BeneficiaryAcknowledgedOn", DROP COLUMN "ActivatedOn", DROP COLUMN "ClosedOn", DROP COLUMN "ClosureReason",
                DROP COLUMN "Regime", DROP COLUMN "TargetWeeklyHours", DROP COLUMN "DurationJustification", DROP COLUMN "RequestedByBeneficiary",
                DROP COLUMN "OrganismeCommitments", DROP COLUMN "BeneficiaryCommitments", DROP COLUMN "Revision", DROP COLUMN "UpdatedAt";
            """);
    }
}
