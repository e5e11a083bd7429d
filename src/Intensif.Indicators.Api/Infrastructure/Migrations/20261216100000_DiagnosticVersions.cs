using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>The barrier levels of every diagnostic version, for I6 (written by hand, see Initial).</summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261216100000_DiagnosticVersions")]
public sealed class DiagnosticVersions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE diagnostic_versions (
                "DiagnosticId" uuid NOT NULL,
                "Version" integer NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "DiagnosticDate" date NOT NULL,
                "Barriers" text[] NOT NULL,
                CONSTRAINT "PK_diagnostic_versions" PRIMARY KEY ("DiagnosticId", "Version")
            );
            CREATE INDEX "IX_diagnostic_versions_BeneficiaryId" ON diagnostic_versions ("BeneficiaryId");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE IF EXISTS diagnostic_versions;");
}
