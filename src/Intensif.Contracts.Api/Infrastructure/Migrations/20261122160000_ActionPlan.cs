using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Contracts.Api.Infrastructure.Migrations;

/// <summary>
/// The plan d'action and its versions, the copy of the catalogue entries fed by the catalogue's events, and the local
/// parameters of the plan's warnings (existing policies get the national values).
/// </summary>
[DbContext(typeof(ContractsDbContext))]
[Migration("20261122160000_ActionPlan")]
public sealed class ActionPlanAndCatalogueCopy : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE organisme_policies
                ADD COLUMN "EarlyWorkSituationDeadlineWeeks" integer NOT NULL DEFAULT 8,
                ADD COLUMN "AccompaniedShareMinPercent" integer NOT NULL DEFAULT 50;
            ALTER TABLE organisme_policies
                ALTER COLUMN "EarlyWorkSituationDeadlineWeeks" DROP DEFAULT,
                ALTER COLUMN "AccompaniedShareMinPercent" DROP DEFAULT;

            CREATE TABLE action_plans (
                "ContractId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Version" integer NOT NULL,
                "Objectives" jsonb NOT NULL,
                "Actions" jsonb NOT NULL,
                "WorkFirstJustification" character varying(1000),
                "UpdatedAt" timestamp with time zone NOT NULL,
                "UpdatedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_action_plans" PRIMARY KEY ("ContractId")
            );
            CREATE TABLE action_plan_versions (
                "ContractId" uuid NOT NULL,
                "Number" integer NOT NULL,
                "Objectives" jsonb NOT NULL,
                "Actions" jsonb NOT NULL,
                "WorkFirstJustification" character varying(1000),
                "Warnings" jsonb NOT NULL,
                "Reason" character varying(1000),
                "RecordedAt" timestamp with time zone NOT NULL,
                "RecordedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_action_plan_versions" PRIMARY KEY ("ContractId", "Number")
            );
            CREATE TABLE catalogue_entries (
                "Code" character varying(64) NOT NULL,
                "Label" character varying(300) NOT NULL,
                "Category" character varying(200) NOT NULL,
                "Supervision" character varying(16),
                "ForfaitHours" numeric(5,2),
                "Archived" boolean NOT NULL,
                "Version" integer NOT NULL,
                "UpdatedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_catalogue_entries" PRIMARY KEY ("Code")
            );
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE catalogue_entries;
        DROP TABLE action_plan_versions;
        DROP TABLE action_plans;
        ALTER TABLE organisme_policies DROP COLUMN "EarlyWorkSituationDeadlineWeeks", DROP COLUMN "AccompaniedShareMinPercent";
        """);
}
