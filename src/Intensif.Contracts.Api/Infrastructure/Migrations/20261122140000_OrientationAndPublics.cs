using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Contracts.Api.Infrastructure.Migrations;

/// <summary>Publics and RSA household of a person; orientation decisions with their contract and RSA clocks.</summary>
[DbContext(typeof(ContractsDbContext))]
[Migration("20261122140000_OrientationAndPublics")]
public sealed class OrientationAndPublics : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE beneficiaries
                ADD COLUMN "Publics" jsonb NOT NULL DEFAULT '[]',
                ADD COLUMN "RsaHousehold" jsonb,
                ADD COLUMN "CurrentOrientationId" uuid;
            ALTER TABLE beneficiaries ALTER COLUMN "Publics" DROP DEFAULT;

            CREATE TABLE orientations (
                "Id" uuid NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "DecidedBy" character varying(32) NOT NULL,
                "DecisionDate" date NOT NULL,
                "NotificationDate" date NOT NULL,
                "Parcours" character varying(16) NOT NULL,
                "OrganismeReferentId" character varying(64) NOT NULL,
                "IsReorientation" boolean NOT NULL,
                "PreviousOrientationId" uuid,
                "Reason" character varying(1000),
                "RsaRequestDate" date,
                "ContractDeadline" date NOT NULL,
                "RsaOrientationDeadline" date,
                "RecordedAt" timestamp with time zone NOT NULL,
                "RecordedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_orientations" PRIMARY KEY ("Id")
            );
            CREATE INDEX "IX_orientations_BeneficiaryId" ON orientations ("BeneficiaryId");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE orientations;
            ALTER TABLE beneficiaries DROP COLUMN "Publics", DROP COLUMN "RsaHousehold", DROP COLUMN "CurrentOrientationId";
            """);
    }
}
