using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Scheduling.Api.Infrastructure.Migrations;

/// <summary>
/// Entretien outcomes (status), the calendar SEQUENCE and last change of each entretien, and the secret iCalendar feeds.
/// Existing entretiens become SCHEDULED at sequence 0, last changed when created.
/// </summary>
[DbContext(typeof(SchedulingDbContext))]
[Migration("20261201100000_InterviewOutcomesAndFeeds")]
public sealed class InterviewOutcomesAndFeeds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE interviews ADD COLUMN "Status" character varying(32) NOT NULL DEFAULT 'SCHEDULED';
            ALTER TABLE interviews ALTER COLUMN "Status" DROP DEFAULT;
            ALTER TABLE interviews ADD COLUMN "Sequence" integer NOT NULL DEFAULT 0;
            ALTER TABLE interviews ALTER COLUMN "Sequence" DROP DEFAULT;
            ALTER TABLE interviews ADD COLUMN "UpdatedAt" timestamp with time zone;
            UPDATE interviews SET "UpdatedAt" = "CreatedAt";
            ALTER TABLE interviews ALTER COLUMN "UpdatedAt" SET NOT NULL;

            CREATE TABLE calendar_feeds (
                "Id" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "ReferentId" character varying(128) NOT NULL,
                "TokenHash" character varying(64) NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "RevokedAt" timestamp with time zone,
                CONSTRAINT "PK_calendar_feeds" PRIMARY KEY ("Id")
            );

            CREATE INDEX "IX_calendar_feeds_OrganismeId_ReferentId" ON calendar_feeds ("OrganismeId", "ReferentId");

            CREATE UNIQUE INDEX "IX_calendar_feeds_TokenHash" ON calendar_feeds ("TokenHash");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE IF EXISTS calendar_feeds;
            ALTER TABLE interviews DROP COLUMN "Status", DROP COLUMN "Sequence", DROP COLUMN "UpdatedAt";
            """);
    }
}
