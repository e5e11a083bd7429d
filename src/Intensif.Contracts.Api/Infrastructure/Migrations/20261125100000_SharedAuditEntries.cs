using Intensif.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Contracts.Api.Infrastructure.Migrations;

/// <summary>
/// audit_entries takes the shape shared by every service (Intensif.ServiceDefaults.Audit): the organisme becomes the
/// Stream, the actor's organisation is kept (the organisme for a caller, the platform for its own writes), and a
/// Sequence numbers the rows in write order. Existing rows are kept, numbered in the order they were read so far.
/// </summary>
[DbContext(typeof(ContractsDbContext))]
[Migration("20261125100000_SharedAuditEntries")]
public sealed class SharedAuditEntries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX "IX_audit_entries_OrganismeId_EntityId";
            ALTER TABLE audit_entries RENAME COLUMN "OrganismeId" TO "Stream";
            ALTER TABLE audit_entries ALTER COLUMN "Stream" DROP NOT NULL;
            ALTER TABLE audit_entries ADD "ActorOrganisation" character varying(128) NOT NULL DEFAULT '';
            UPDATE audit_entries SET "ActorOrganisation" = CASE WHEN "ActorRole" = 'system' THEN "Actor" ELSE "Stream" END;
            ALTER TABLE audit_entries ALTER COLUMN "ActorOrganisation" DROP DEFAULT;
            ALTER TABLE audit_entries ADD "Version" integer;
            """);
        migrationBuilder.AddAuditSequence();
        migrationBuilder.CreateAuditIndexes();
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX "IX_audit_entries_Stream_Sequence";
            DROP INDEX "IX_audit_entries_EntityId_Sequence";
            ALTER TABLE audit_entries DROP COLUMN "Sequence", DROP COLUMN "Version", DROP COLUMN "ActorOrganisation";
            UPDATE audit_entries SET "Stream" = '' WHERE "Stream" IS NULL;
            ALTER TABLE audit_entries ALTER COLUMN "Stream" SET NOT NULL;
            ALTER TABLE audit_entries RENAME COLUMN "Stream" TO "OrganismeId";
            CREATE INDEX "IX_audit_entries_OrganismeId_EntityId" ON audit_entries ("OrganismeId", "EntityId");
            """);
}
