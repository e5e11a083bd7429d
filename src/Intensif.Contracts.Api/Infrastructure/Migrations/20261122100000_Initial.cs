using Intensif.Messaging;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Contracts.Api.Infrastructure.Migrations;

/// <summary>
/// The first schema of the Contracts database, as EF Core generates it from the model, and the outbox and inbox
/// tables of Intensif.Messaging.
/// Migrations are written by hand: the EF design-time tools cannot be restored here (see docs/decisions.md);
/// the schema test checks every migration chain against the model.
/// </summary>
[DbContext(typeof(ContractsDbContext))]
[Migration("20261122100000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE beneficiaries (
                "Id" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "ReferentId" character varying(128) NOT NULL,
                "FranceTravailId" character varying(32),
                "FirstName" character varying(100) NOT NULL,
                "LastName" character varying(100) NOT NULL,
                "BirthDate" date NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "PseudonymousId" uuid NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "CreatedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_beneficiaries" PRIMARY KEY ("Id")
            );

            CREATE TABLE contracts (
                "Id" uuid NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "ReferentId" character varying(128) NOT NULL,
                "Status" character varying(32) NOT NULL,
                "SignedOn" date NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "CreatedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_contracts" PRIMARY KEY ("Id")
            );

            CREATE INDEX "IX_beneficiaries_OrganismeId_ReferentId" ON beneficiaries ("OrganismeId", "ReferentId");

            CREATE UNIQUE INDEX "IX_contracts_BeneficiaryId" ON contracts ("BeneficiaryId") WHERE "Status" IN ('SIGNED', 'ACTIVE', 'SUSPENDED_SANCTION');

            CREATE INDEX "IX_contracts_OrganismeId_Status" ON contracts ("OrganismeId", "Status");

            """);
        migrationBuilder.CreateMessagingTables();
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS beneficiaries;");
        migrationBuilder.Sql("DROP TABLE IF EXISTS contracts;");
        migrationBuilder.DropMessagingTables();
    }
}
