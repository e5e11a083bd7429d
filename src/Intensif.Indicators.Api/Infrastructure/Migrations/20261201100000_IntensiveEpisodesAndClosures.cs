using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>The projections of intensive episodes and of contract closures (written by hand, see Initial).</summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261201100000_IntensiveEpisodesAndClosures")]
public sealed class IntensiveEpisodesAndClosures : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE contract_closures (
                "ContractId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "ClosedOn" date NOT NULL,
                "Reason" character varying(40) NOT NULL,
                CONSTRAINT "PK_contract_closures" PRIMARY KEY ("ContractId")
            );

            CREATE TABLE intensive_episodes (
                "EpisodeId" uuid NOT NULL,
                "ContractId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "PseudonymousBeneficiaryId" uuid NOT NULL,
                "StartDate" date,
                "InitialPlannedEndDate" date,
                "PlannedEndDate" date,
                "ExtensionCount" integer NOT NULL,
                "EndedOn" date,
                "ExitType" character varying(40),
                CONSTRAINT "PK_intensive_episodes" PRIMARY KEY ("EpisodeId")
            );

            CREATE INDEX "IX_intensive_episodes_OrganismeId_StartDate" ON intensive_episodes ("OrganismeId", "StartDate");

            CREATE INDEX "IX_intensive_episodes_Territory_StartDate" ON intensive_episodes ("Territory", "StartDate");

            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS intensive_episodes; DROP TABLE IF EXISTS contract_closures;");
    }
}
