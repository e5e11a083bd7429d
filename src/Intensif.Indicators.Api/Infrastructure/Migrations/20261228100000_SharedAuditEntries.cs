using Intensif.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// audit_entries takes the shape shared by every service (Intensif.ServiceDefaults.Audit): Stream, Version and Before
/// columns (left empty here: the indicators' audit is read by entity, and an anonymous answer keeps no state before),
/// and a Sequence numbering the rows in write order. Existing rows are kept.
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261228100000_SharedAuditEntries")]
public sealed class SharedAuditEntries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX "IX_audit_entries_EntityId";
            ALTER TABLE audit_entries ADD "Stream" character varying(64), ADD "Version" integer, ADD "Before" jsonb;
            """);
        migrationBuilder.AddAuditSequence();
        migrationBuilder.CreateAuditIndexes();
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX "IX_audit_entries_Stream_Sequence";
            DROP INDEX "IX_audit_entries_EntityId_Sequence";
            ALTER TABLE audit_entries DROP COLUMN "Sequence", DROP COLUMN "Stream", DROP COLUMN "Version", DROP COLUMN "Before";
            CREATE INDEX "IX_audit_entries_EntityId" ON audit_entries ("EntityId");
            """);
}
