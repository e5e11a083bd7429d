using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Partners.Api.Infrastructure.Migrations;

/// <summary>
/// The full profile of a structure (themes, contacts, conventions, agreements) and the audit table.
/// Existing rows get empty lists, false flags and UpdatedAt = RegisteredAt; the defaults are dropped afterwards so
/// the schema is exactly the model's.
/// </summary>
[DbContext(typeof(PartnersDbContext))]
[Migration("20261201100000_StructureProfileAndAudit")]
public sealed class StructureProfileAndAudit : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE partner_structures
                ADD COLUMN "Themes" text[] NOT NULL DEFAULT '{}',
                ADD COLUMN "Contacts" jsonb NOT NULL DEFAULT '[]',
                ADD COLUMN "Conventions" jsonb NOT NULL DEFAULT '[]',
                ADD COLUMN "Qualiopi" boolean NOT NULL DEFAULT false,
                ADD COLUMN "PmsmpPrescriptionDelegation" boolean NOT NULL DEFAULT false,
                ADD COLUMN "DataSharingAgreementSigned" boolean NOT NULL DEFAULT false,
                ADD COLUMN "UpdatedAt" timestamp with time zone;
            UPDATE partner_structures SET "UpdatedAt" = "RegisteredAt";
            ALTER TABLE partner_structures
                ALTER COLUMN "Themes" DROP DEFAULT,
                ALTER COLUMN "Contacts" DROP DEFAULT,
                ALTER COLUMN "Conventions" DROP DEFAULT,
                ALTER COLUMN "Qualiopi" DROP DEFAULT,
                ALTER COLUMN "PmsmpPrescriptionDelegation" DROP DEFAULT,
                ALTER COLUMN "DataSharingAgreementSigned" DROP DEFAULT,
                ALTER COLUMN "UpdatedAt" SET NOT NULL;

            CREATE INDEX "IX_partner_structures_Territories" ON partner_structures USING gin ("Territories");
            CREATE INDEX "IX_partner_structures_Themes" ON partner_structures USING gin ("Themes");

            CREATE TABLE audit_entries (
                "Id" uuid NOT NULL,
                "StructureId" uuid NOT NULL,
                "Actor" character varying(128) NOT NULL,
                "ActorOrganisation" character varying(128) NOT NULL,
                "ActorRole" character varying(32) NOT NULL,
                "At" timestamp with time zone NOT NULL,
                "Action" character varying(64) NOT NULL,
                "EntityType" character varying(64) NOT NULL,
                "EntityId" uuid NOT NULL,
                "Before" jsonb,
                "After" jsonb,
                CONSTRAINT "PK_audit_entries" PRIMARY KEY ("Id")
            );
            CREATE INDEX "IX_audit_entries_EntityId" ON audit_entries ("EntityId");
            CREATE INDEX "IX_audit_entries_StructureId_At" ON audit_entries ("StructureId", "At");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE IF EXISTS audit_entries;
            DROP INDEX IF EXISTS "IX_partner_structures_Themes";
            DROP INDEX IF EXISTS "IX_partner_structures_Territories";
            ALTER TABLE partner_structures
                DROP COLUMN "Themes", DROP COLUMN "Contacts", DROP COLUMN "Conventions", DROP COLUMN "Qualiopi",
                DROP COLUMN "PmsmpPrescriptionDelegation", DROP COLUMN "DataSharingAgreementSigned", DROP COLUMN "UpdatedAt";
            """);
    }
}
