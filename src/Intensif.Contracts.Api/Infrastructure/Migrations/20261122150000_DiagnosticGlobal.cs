using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Contracts.Api.Infrastructure.Migrations;

/// <summary>The diagnostic global, one row per version.</summary>
[DbContext(typeof(ContractsDbContext))]
[Migration("20261122150000_DiagnosticGlobal")]
public sealed class DiagnosticGlobal : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE diagnostics (
                "Id" uuid NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Version" integer NOT NULL,
                "Date" date NOT NULL,
                "ProjectMaturity" character varying(16),
                "ProfessionalProject" character varying(500),
                "Barriers" jsonb NOT NULL,
                "WeeklyCapacityHint" numeric(4,1),
                "CoBuilt" boolean NOT NULL,
                "TriggersReorientation" boolean NOT NULL,
                "IntensiveEligible" boolean,
                "RecordedAt" timestamp with time zone NOT NULL,
                "RecordedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_diagnostics" PRIMARY KEY ("Id")
            );
            CREATE UNIQUE INDEX "IX_diagnostics_BeneficiaryId_Version" ON diagnostics ("BeneficiaryId", "Version");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE diagnostics;");
}
