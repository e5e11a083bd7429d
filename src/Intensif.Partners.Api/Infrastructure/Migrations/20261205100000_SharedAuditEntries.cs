using Intensif.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Partners.Api.Infrastructure.Migrations;

/// <summary>
/// audit_entries takes the shape shared by every service (Intensif.ServiceDefaults.Audit): the structure becomes the
/// Stream (its id as text) and a Sequence numbers the rows in write order, so a structure's audit no longer breaks
/// ties of one instant by a random-tailed id. Existing rows are kept, numbered in the order they were read so far.
/// </summary>
[DbContext(typeof(PartnersDbContext))]
[Migration("20261205100000_SharedAuditEntries")]
public sealed class SharedAuditEntries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX "IX_audit_entries_EntityId";
            DROP INDEX "IX_audit_entries_StructureId_At";
            ALTER TABLE audit_entries RENAME COLUMN "StructureId" TO "Stream";
            ALTER TABLE audit_entries ALTER COLUMN "Stream" TYPE character varying(64) USING "Stream"::text;
            ALTER TABLE audit_entries ALTER COLUMN "Stream" DROP NOT NULL;
            ALTER TABLE audit_entries ADD "Version" integer;
            """);
        migrationBuilder.AddAuditSequence();
        migrationBuilder.CreateAuditIndexes();
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX "IX_audit_entries_Stream_Sequence";
            DROP INDEX "IX_audit_entries_EntityId_Sequence";
            ALTER TABLE audit_entries DROP COLUMN "Sequence", DROP COLUMN "Version";
            ALTER TABLE audit_entries ALTER COLUMN "Stream" TYPE uuid USING "Stream"::uuid;
            ALTER TABLE audit_entries ALTER COLUMN "Stream" SET NOT NULL;
            ALTER TABLE audit_entries RENAME COLUMN "Stream" TO "StructureId";
            CREATE INDEX "IX_audit_entries_EntityId" ON audit_entries ("EntityId");
            CREATE INDEX "IX_audit_entries_StructureId_At" ON audit_entries ("StructureId", "At");
            """);
}
