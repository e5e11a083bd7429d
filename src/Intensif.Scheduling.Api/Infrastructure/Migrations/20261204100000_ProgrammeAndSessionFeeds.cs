using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Scheduling.Api.Infrastructure.Migrations;

/// <summary>
/// Feeds of a person's programme and of a territory's (and theme's) partner sessions: the feed's kind, person, territory
/// and theme (existing feeds are référent feeds); the SEQUENCE and last change of each partner session copy (existing
/// copies start at 0, last changed when last described).
/// </summary>
[DbContext(typeof(SchedulingDbContext))]
[Migration("20261204100000_ProgrammeAndSessionFeeds")]
public sealed class ProgrammeAndSessionFeeds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE calendar_feeds ADD COLUMN "Kind" character varying(16) NOT NULL DEFAULT 'REFERENT';
            ALTER TABLE calendar_feeds ALTER COLUMN "Kind" DROP DEFAULT;
            ALTER TABLE calendar_feeds ADD COLUMN "BeneficiaryId" uuid;
            ALTER TABLE calendar_feeds ADD COLUMN "Territory" character varying(8);
            ALTER TABLE calendar_feeds ADD COLUMN "Theme" character varying(64);

            ALTER TABLE partner_sessions ADD COLUMN "Sequence" integer NOT NULL DEFAULT 0;
            ALTER TABLE partner_sessions ALTER COLUMN "Sequence" DROP DEFAULT;
            ALTER TABLE partner_sessions ADD COLUMN "ChangedAt" timestamp with time zone;
            UPDATE partner_sessions SET "ChangedAt" = "DescribedAt";
            ALTER TABLE partner_sessions ALTER COLUMN "ChangedAt" SET NOT NULL;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE calendar_feeds DROP COLUMN "Kind", DROP COLUMN "BeneficiaryId", DROP COLUMN "Territory", DROP COLUMN "Theme";
            ALTER TABLE partner_sessions DROP COLUMN "Sequence", DROP COLUMN "ChangedAt";
            """);
    }
}
