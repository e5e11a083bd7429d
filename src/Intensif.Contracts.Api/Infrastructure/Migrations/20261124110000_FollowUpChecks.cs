using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Contracts.Api.Infrastructure.Migrations;

/// <summary>
/// Follow-up checks that found no job (§3.17 followUpChecks): one per episode and check (unique, so two concurrent
/// records of the same check cannot both be stored), read per contract.
/// </summary>
[DbContext(typeof(ContractsDbContext))]
[Migration("20261124110000_FollowUpChecks")]
public sealed class FollowUpChecks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE TABLE follow_up_checks (
                "Id" uuid NOT NULL,
                "ContractId" uuid NOT NULL,
                "EpisodeId" uuid NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Check" character varying(32) NOT NULL,
                "CheckedOn" date NOT NULL,
                "Result" character varying(32) NOT NULL,
                "RecordedAt" timestamp with time zone NOT NULL,
                "RecordedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_follow_up_checks" PRIMARY KEY ("Id")
            );
            CREATE INDEX "IX_follow_up_checks_ContractId" ON follow_up_checks ("ContractId");
            CREATE UNIQUE INDEX "IX_follow_up_checks_EpisodeId_Check" ON follow_up_checks ("EpisodeId", "Check");
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE follow_up_checks;");
}
