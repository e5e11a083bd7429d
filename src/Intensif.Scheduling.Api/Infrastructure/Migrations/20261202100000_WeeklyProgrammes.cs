using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Scheduling.Api.Infrastructure.Migrations;

/// <summary>
/// Weekly programmes (issue 6): the projections of intensive episodes and partner sessions fed by events, the
/// assignments of each person's programme, the closed weeks with their frozen ledger, and the audit of every write.
/// </summary>
[DbContext(typeof(SchedulingDbContext))]
[Migration("20261202100000_WeeklyProgrammes")]
public sealed class WeeklyProgrammes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE assignments (
                "Id" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "ReferentId" character varying(128) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "EpisodeId" uuid NOT NULL,
                "Territory" character varying(8) NOT NULL,
                "Week" character varying(8) NOT NULL,
                "Kind" character varying(16) NOT NULL,
                "SessionId" uuid,
                "StructureId" uuid,
                "EntryCode" character varying(40) NOT NULL,
                "PlannedStart" timestamp with time zone NOT NULL,
                "PlannedEnd" timestamp with time zone NOT NULL,
                "PlannedHours" numeric(6,2) NOT NULL,
                "Supervision" character varying(16),
                "Status" character varying(32) NOT NULL,
                "RealisedHours" numeric(6,2),
                "ActualHours" numeric(6,2),
                "ProofReference" character varying(300),
                "DeclaredBy" character varying(16),
                "RecordedBy" character varying(128),
                "RecordedAt" timestamp with time zone,
                "Sequence" integer NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "UpdatedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_assignments" PRIMARY KEY ("Id")
            );

            CREATE TABLE audit_entries (
                "Id" uuid NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "Actor" character varying(128) NOT NULL,
                "ActorOrganisation" character varying(128) NOT NULL,
                "ActorRole" character varying(32) NOT NULL,
                "At" timestamp with time zone NOT NULL,
                "Action" character varying(64) NOT NULL,
                "EntityType" character varying(64) NOT NULL,
                "EntityId" uuid NOT NULL,
                "After" jsonb,
                CONSTRAINT "PK_audit_entries" PRIMARY KEY ("Id")
            );

            CREATE TABLE intensive_episodes (
                "EpisodeId" uuid NOT NULL,
                "ContractId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(8) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "ReferentId" character varying(128) NOT NULL,
                "StartDate" date NOT NULL,
                "PlannedEndDate" date NOT NULL,
                "EndedOn" date,
                "TargetWeeklyHours" numeric(5,2) NOT NULL,
                "ReferentSetAt" timestamp with time zone NOT NULL,
                "PlannedEndSetAt" timestamp with time zone NOT NULL,
                "TargetSetAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_intensive_episodes" PRIMARY KEY ("EpisodeId")
            );

            CREATE TABLE partner_sessions (
                "SessionId" uuid NOT NULL,
                "StructureId" uuid NOT NULL,
                "EntryCode" character varying(40) NOT NULL,
                "Start" timestamp with time zone NOT NULL,
                "End" timestamp with time zone NOT NULL,
                "Location" character varying(300),
                "Territory" character varying(8) NOT NULL,
                "Theme" character varying(64) NOT NULL,
                "Capacity" integer NOT NULL,
                "SeatsLeft" integer NOT NULL,
                "Cancelled" boolean NOT NULL,
                "DescribedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_partner_sessions" PRIMARY KEY ("SessionId")
            );

            CREATE TABLE week_closures (
                "Id" uuid NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "Week" character varying(8) NOT NULL,
                "EpisodeId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(8) NOT NULL,
                "TargetHours" numeric(6,2) NOT NULL,
                "PlannedHours" numeric(6,2) NOT NULL,
                "RealisedHours" numeric(6,2) NOT NULL,
                "AccompaniedHours" numeric(6,2) NOT NULL,
                "AutonomousHours" numeric(6,2) NOT NULL,
                "GapHours" numeric(6,2) NOT NULL,
                "GapReason" character varying(32) NOT NULL,
                "Comment" character varying(1000),
                "ClosedBy" character varying(128) NOT NULL,
                "ClosedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_week_closures" PRIMARY KEY ("Id")
            );

            CREATE INDEX "IX_assignments_BeneficiaryId_Week" ON assignments ("BeneficiaryId", "Week");
            CREATE INDEX "IX_assignments_SessionId" ON assignments ("SessionId");
            CREATE INDEX "IX_audit_entries_BeneficiaryId_At" ON audit_entries ("BeneficiaryId", "At");
            CREATE INDEX "IX_audit_entries_EntityId" ON audit_entries ("EntityId");
            CREATE INDEX "IX_intensive_episodes_BeneficiaryId" ON intensive_episodes ("BeneficiaryId");
            CREATE INDEX "IX_intensive_episodes_ContractId" ON intensive_episodes ("ContractId");
            CREATE INDEX "IX_intensive_episodes_OrganismeId_ReferentId" ON intensive_episodes ("OrganismeId", "ReferentId");
            CREATE INDEX "IX_partner_sessions_Territory_Start" ON partner_sessions ("Territory", "Start");
            CREATE UNIQUE INDEX "IX_week_closures_BeneficiaryId_Week" ON week_closures ("BeneficiaryId", "Week");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE IF EXISTS week_closures;
            DROP TABLE IF EXISTS partner_sessions;
            DROP TABLE IF EXISTS intensive_episodes;
            DROP TABLE IF EXISTS audit_entries;
            DROP TABLE IF EXISTS assignments;
            """);
    }
}
