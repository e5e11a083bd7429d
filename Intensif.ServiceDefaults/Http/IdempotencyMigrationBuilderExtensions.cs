using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.ServiceDefaults.Http;

/// <summary>The idempotency_keys table for a service's hand-written migration: the DDL of <see cref="IdempotencyModelBuilderExtensions.AddIdempotencyTable"/>.</summary>
public static class IdempotencyMigrationBuilderExtensions
{
    public static MigrationBuilder CreateIdempotencyTable(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE idempotency_keys (
                scope text NOT NULL,
                key text NOT NULL,
                request_hash text NOT NULL,
                created_at timestamp with time zone NOT NULL,
                status_code integer,
                location text,
                content_type text,
                body bytea,
                completed_at timestamp with time zone,
                CONSTRAINT "PK_idempotency_keys" PRIMARY KEY (scope, key)
            );

            CREATE INDEX ix_idempotency_keys_created_at ON idempotency_keys (created_at);
            """);
        return migrationBuilder;
    }

    public static MigrationBuilder DropIdempotencyTable(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS idempotency_keys;");
        return migrationBuilder;
    }
}
