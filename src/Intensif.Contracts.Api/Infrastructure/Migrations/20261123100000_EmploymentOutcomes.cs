using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Contracts.Api.Infrastructure.Migrations;

/// <summary>
/// Employment outcomes of a contract's person (§3.17 employmentDetails, I4): at exit, at the 3/6/12-month follow-up
/// checks, or from the référent; read per contract and, for the follow-up checks due, per episode and source.
/// </summary>
[DbContext(typeof(ContractsDbContext))]
[Migration("20261123100000_EmploymentOutcomes")]
public sealed class EmploymentOutcomes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE TABLE employment_outcomes (
                "Id" uuid NOT NULL,
                "ContractId" uuid NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "EpisodeId" uuid,
                "ContractKind" character varying(32) NOT NULL,
                "StartDate" date NOT NULL,
                "DurationMonths" integer,
                "WeeklyHours" numeric(4,1),
                "EmployerSiret" character varying(14),
                "Rome" character varying(5),
                "Source" character varying(32) NOT NULL,
                "RecordedAt" timestamp with time zone NOT NULL,
                "RecordedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_employment_outcomes" PRIMARY KEY ("Id")
            );
            CREATE INDEX "IX_employment_outcomes_ContractId" ON employment_outcomes ("ContractId");
            CREATE INDEX "IX_employment_outcomes_EpisodeId_Source" ON employment_outcomes ("EpisodeId", "Source");
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE employment_outcomes;");
}
