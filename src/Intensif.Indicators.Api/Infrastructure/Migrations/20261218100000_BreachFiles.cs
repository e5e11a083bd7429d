using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>Breach files with their decision and lifting, for O6 (written by hand, see Initial).</summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261218100000_BreachFiles")]
public sealed class BreachFiles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE breach_files (
                "BreachFileId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "BreachType" character varying(64),
                "DetectedOn" date,
                "DecisionDate" date,
                "Measure" character varying(40),
                "RatePercent" integer,
                "LiftedOn" date,
                "LiftReason" character varying(64),
                CONSTRAINT "PK_breach_files" PRIMARY KEY ("BreachFileId")
            );
            CREATE INDEX "IX_breach_files_OrganismeId" ON breach_files ("OrganismeId");
            CREATE INDEX "IX_breach_files_Territory" ON breach_files ("Territory");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE IF EXISTS breach_files;");
}
