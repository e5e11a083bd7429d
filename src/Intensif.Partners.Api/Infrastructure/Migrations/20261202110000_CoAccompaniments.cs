using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Partners.Api.Infrastructure.Migrations;

/// <summary>
/// The intensive episodes as Contracts' events describe them, and the co-accompaniments of partners attached to them
/// (at most one active per partner and episode, enforced by a partial unique index).
/// </summary>
[DbContext(typeof(PartnersDbContext))]
[Migration("20261202110000_CoAccompaniments")]
public sealed class CoAccompaniments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE intensive_episodes (
                "EpisodeId" uuid NOT NULL,
                "OrganismeId" character varying(128) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "StartDate" date,
                "PlannedEndDate" date,
                "ExtensionCount" integer NOT NULL,
                "EndedOn" date,
                CONSTRAINT "PK_intensive_episodes" PRIMARY KEY ("EpisodeId")
            );

            CREATE TABLE co_accompaniments (
                "Id" uuid NOT NULL,
                "EpisodeId" uuid NOT NULL,
                "StructureId" uuid NOT NULL,
                "OrganismeId" character varying(128) NOT NULL,
                "ReferentId" character varying(128) NOT NULL,
                "ReferentName" character varying(200) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "PersonName" character varying(120) NOT NULL,
                "PersonContact" character varying(200),
                "Role" character varying(32) NOT NULL,
                "Objective" character varying(1000),
                "StartsOn" date NOT NULL,
                "EndsOn" date NOT NULL,
                "ConsentRecordedAt" timestamp with time zone NOT NULL,
                "Status" character varying(16) NOT NULL,
                "EndedOn" date,
                "EndReason" character varying(40),
                "CreatedAt" timestamp with time zone NOT NULL,
                "UpdatedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_co_accompaniments" PRIMARY KEY ("Id")
            );
            CREATE UNIQUE INDEX "IX_co_accompaniments_EpisodeId_StructureId" ON co_accompaniments ("EpisodeId", "StructureId") WHERE "Status" = 'ACTIVE';
            CREATE INDEX "IX_co_accompaniments_OrganismeId_CreatedAt" ON co_accompaniments ("OrganismeId", "CreatedAt");
            CREATE INDEX "IX_co_accompaniments_StructureId_CreatedAt" ON co_accompaniments ("StructureId", "CreatedAt");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE IF EXISTS co_accompaniments; DROP TABLE IF EXISTS intensive_episodes;");
}
