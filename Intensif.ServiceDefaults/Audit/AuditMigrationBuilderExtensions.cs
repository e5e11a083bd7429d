using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.ServiceDefaults.Audit;

/// <summary>The audit_entries DDL of <see cref="AuditModelBuilderExtensions.AddAuditTable"/>, for a service's hand-written migrations.</summary>
public static class AuditMigrationBuilderExtensions
{
    /// <summary>Creates audit_entries with its indexes (a service that has no audit table yet).</summary>
    public static MigrationBuilder CreateAuditTable(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE audit_entries (
                "Id" uuid NOT NULL,
                "Sequence" bigint GENERATED ALWAYS AS IDENTITY,
                "At" timestamp with time zone NOT NULL,
                "Actor" character varying(128) NOT NULL,
                "ActorOrganisation" character varying(128) NOT NULL,
                "ActorRole" character varying(32) NOT NULL,
                "Action" character varying(64) NOT NULL,
                "EntityType" character varying(64) NOT NULL,
                "EntityId" uuid NOT NULL,
                "Stream" character varying(64),
                "Version" integer,
                "Before" jsonb,
                "After" jsonb,
                CONSTRAINT "PK_audit_entries" PRIMARY KEY ("Id")
            );
            """);
        return migrationBuilder.CreateAuditIndexes();
    }

    /// <summary>
    /// Adds the write-order Sequence to an existing audit_entries: the rows already there are numbered by instant then id
    /// (the order they were read in before), and the identity continues after them.
    /// </summary>
    public static MigrationBuilder AddAuditSequence(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE audit_entries ADD "Sequence" bigint;
            UPDATE audit_entries a SET "Sequence" = o.n
              FROM (SELECT "Id", row_number() OVER (ORDER BY "At", "Id") AS n FROM audit_entries) o WHERE a."Id" = o."Id";
            ALTER TABLE audit_entries ALTER COLUMN "Sequence" SET NOT NULL;
            ALTER TABLE audit_entries ALTER COLUMN "Sequence" ADD GENERATED ALWAYS AS IDENTITY;
            SELECT setval(pg_get_serial_sequence('audit_entries', 'Sequence'), coalesce(max("Sequence"), 0) + 1, false) FROM audit_entries;
            """);
        return migrationBuilder;
    }

    /// <summary>The two histories read in write order: of a stream, of an entity.</summary>
    public static MigrationBuilder CreateAuditIndexes(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE INDEX "IX_audit_entries_Stream_Sequence" ON audit_entries ("Stream", "Sequence");
            CREATE INDEX "IX_audit_entries_EntityId_Sequence" ON audit_entries ("EntityId", "Sequence");
            """);
        return migrationBuilder;
    }
}
