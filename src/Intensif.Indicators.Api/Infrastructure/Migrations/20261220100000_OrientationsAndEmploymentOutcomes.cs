using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// Orientations (O3) and employment outcomes (I4); parcours, publics and age band of episodes and contracts (breakdowns,
/// O2's notification date); the R.5411-15 family of catalogue entries (O4). Written by hand, see Initial.
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261220100000_OrientationsAndEmploymentOutcomes")]
public sealed class OrientationsAndEmploymentOutcomes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE employment_outcomes (
                "OutcomeId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "EpisodeId" uuid,
                "ContractKind" character varying(40) NOT NULL,
                "StartDate" date NOT NULL,
                "DurationMonths" integer,
                "Durable" boolean NOT NULL,
                "RecordedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_employment_outcomes" PRIMARY KEY ("OutcomeId")
            );
            CREATE INDEX "IX_employment_outcomes_BeneficiaryId" ON employment_outcomes ("BeneficiaryId");
            CREATE TABLE orientations (
                "OrientationId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "Parcours" character varying(16) NOT NULL,
                "DecisionDate" date NOT NULL,
                "NotificationDate" date NOT NULL,
                "IsReorientation" boolean NOT NULL,
                "RsaRequestDate" date,
                "RecordedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_orientations" PRIMARY KEY ("OrientationId")
            );
            CREATE INDEX "IX_orientations_OrganismeId_DecisionDate" ON orientations ("OrganismeId", "DecisionDate");
            CREATE INDEX "IX_orientations_Territory_DecisionDate" ON orientations ("Territory", "DecisionDate");
            ALTER TABLE intensive_episodes ADD "Parcours" text;
            ALTER TABLE intensive_episodes ADD "Publics" text[] NOT NULL DEFAULT '{}';
            ALTER TABLE intensive_episodes ALTER COLUMN "Publics" DROP DEFAULT;
            ALTER TABLE intensive_episodes ADD "AgeBand" text;
            ALTER TABLE active_contracts ADD "Parcours" text;
            ALTER TABLE active_contracts ADD "OrientationNotifiedOn" date;
            ALTER TABLE active_contracts ADD "Publics" text[] NOT NULL DEFAULT '{}';
            ALTER TABLE active_contracts ALTER COLUMN "Publics" DROP DEFAULT;
            ALTER TABLE activity_costs ADD "Family" integer;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE IF EXISTS employment_outcomes;
        DROP TABLE IF EXISTS orientations;
        ALTER TABLE intensive_episodes DROP COLUMN "Parcours"; ALTER TABLE intensive_episodes DROP COLUMN "Publics"; ALTER TABLE intensive_episodes DROP COLUMN "AgeBand";
        ALTER TABLE active_contracts DROP COLUMN "Parcours"; ALTER TABLE active_contracts DROP COLUMN "OrientationNotifiedOn"; ALTER TABLE active_contracts DROP COLUMN "Publics";
        ALTER TABLE activity_costs DROP COLUMN "Family";
        """);
}
