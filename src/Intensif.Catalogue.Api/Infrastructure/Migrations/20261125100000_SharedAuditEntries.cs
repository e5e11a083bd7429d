using Intensif.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Catalogue.Api.Infrastructure.Migrations;

/// <summary>
/// catalogue_audit becomes audit_entries, the shape shared by every service (Intensif.ServiceDefaults.Audit). Its
/// identity "Id" already was the write order: it becomes the Sequence, and each row gets a uuid Id. The entry code
/// becomes the Stream (an entry's history, and with Version its version history); the entity is named (an entry, or
/// a local valuation found by its entry, scope kind and value) and the actor's role is empty for rows written before.
/// Existing rows are kept.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261125100000_SharedAuditEntries")]
public sealed class SharedAuditEntries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX "IX_catalogue_audit_EntryCode_Id";
            ALTER TABLE catalogue_audit RENAME TO audit_entries;
            ALTER TABLE audit_entries RENAME COLUMN "Id" TO "Sequence";
            ALTER TABLE audit_entries RENAME COLUMN "EntryCode" TO "Stream";
            ALTER TABLE audit_entries ALTER COLUMN "Stream" TYPE character varying(64), ALTER COLUMN "Stream" DROP NOT NULL,
                ALTER COLUMN "ActorOrganisation" TYPE character varying(128);
            ALTER TABLE audit_entries ADD "Id" uuid, ADD "ActorRole" character varying(32) NOT NULL DEFAULT '',
                ADD "EntityType" character varying(64) NOT NULL DEFAULT 'entry', ADD "EntityId" uuid;
            UPDATE audit_entries SET "Id" = gen_random_uuid();
            UPDATE audit_entries SET "EntityType" = 'local-valuation' WHERE "Action" LIKE 'local-valuation.%';
            UPDATE audit_entries a SET "EntityId" = e."Id"
              FROM catalogue_entries e WHERE a."EntityType" = 'entry' AND e."Code" = a."Stream";
            UPDATE audit_entries a SET "EntityId" = l."Id"
              FROM catalogue_local_valuations l
             WHERE a."EntityType" = 'local-valuation' AND l."EntryCode" = a."Stream"
               AND l."ScopeKind" = a."After" ->> 'scopeKind' AND l."ScopeValue" = a."After" ->> 'scopeValue';
            UPDATE audit_entries SET "EntityId" = '00000000-0000-0000-0000-000000000000' WHERE "EntityId" IS NULL;
            ALTER TABLE audit_entries ALTER COLUMN "Id" SET NOT NULL, ALTER COLUMN "EntityId" SET NOT NULL,
                ALTER COLUMN "ActorRole" DROP DEFAULT, ALTER COLUMN "EntityType" DROP DEFAULT;
            ALTER TABLE audit_entries DROP CONSTRAINT "PK_catalogue_audit";
            ALTER TABLE audit_entries ADD CONSTRAINT "PK_audit_entries" PRIMARY KEY ("Id");
            """);
        migrationBuilder.CreateAuditIndexes();
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX "IX_audit_entries_Stream_Sequence";
            DROP INDEX "IX_audit_entries_EntityId_Sequence";
            ALTER TABLE audit_entries DROP CONSTRAINT "PK_audit_entries";
            ALTER TABLE audit_entries DROP COLUMN "Id", DROP COLUMN "ActorRole", DROP COLUMN "EntityType", DROP COLUMN "EntityId";
            UPDATE audit_entries SET "Stream" = '' WHERE "Stream" IS NULL;
            ALTER TABLE audit_entries ALTER COLUMN "Stream" TYPE character varying(32), ALTER COLUMN "Stream" SET NOT NULL,
                ALTER COLUMN "ActorOrganisation" TYPE character varying(64);
            ALTER TABLE audit_entries RENAME COLUMN "Stream" TO "EntryCode";
            ALTER TABLE audit_entries RENAME COLUMN "Sequence" TO "Id";
            ALTER TABLE audit_entries ADD CONSTRAINT "PK_catalogue_audit" PRIMARY KEY ("Id");
            ALTER TABLE audit_entries RENAME TO catalogue_audit;
            CREATE INDEX "IX_catalogue_audit_EntryCode_Id" ON catalogue_audit ("EntryCode", "Id");
            """);
}
