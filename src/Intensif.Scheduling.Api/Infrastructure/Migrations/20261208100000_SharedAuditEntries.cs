using Intensif.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Scheduling.Api.Infrastructure.Migrations;

/// <summary>
/// audit_entries takes the shape shared by every service (Intensif.ServiceDefaults.Audit): the person becomes the
/// Stream (their pseudonymous id as text), the state before a write gets its column, and a Sequence numbers the rows in
/// write order. Existing rows are kept, numbered in the order they were read so far (instant, then id).
/// </summary>
[DbContext(typeof(SchedulingDbContext))]
[Migration("20261208100000_SharedAuditEntries")]
public sealed class SharedAuditEntries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX "IX_audit_entries_BeneficiaryId_At";
            DROP INDEX "IX_audit_entries_EntityId";
            ALTER TABLE audit_entries RENAME COLUMN "BeneficiaryId" TO "Stream";
            ALTER TABLE audit_entries ALTER COLUMN "Stream" TYPE character varying(64) USING "Stream"::text;
            ALTER TABLE audit_entries ALTER COLUMN "Stream" DROP NOT NULL;
            ALTER TABLE audit_entries ADD "Version" integer, ADD "Before" jsonb;
            """);
        migrationBuilder.AddAuditSequence();
        migrationBuilder.CreateAuditIndexes();
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX "IX_audit_entries_Stream_Sequence";
            DROP INDEX "IX_audit_entries_EntityId_Sequence";
            ALTER TABLE audit_entries DROP COLUMN "Sequence", DROP COLUMN "Version", DROP COLUMN "Before";
            ALTER TABLE audit_entries ALTER COLUMN "Stream" TYPE uuid USING "Stream"::uuid;
            ALTER TABLE audit_entries ALTER COLUMN "Stream" SET NOT NULL;
            ALTER TABLE audit_entries RENAME COLUMN "Stream" TO "BeneficiaryId";
            CREATE INDEX "IX_audit_entries_BeneficiaryId_At" ON audit_entries ("BeneficiaryId", "At");
            CREATE INDEX "IX_audit_entries_EntityId" ON audit_entries ("EntityId");
            """);
}
