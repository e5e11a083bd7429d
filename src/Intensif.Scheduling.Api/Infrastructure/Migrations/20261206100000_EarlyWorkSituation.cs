using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Scheduling.Api.Infrastructure.Migrations;

/// <summary>
/// SR-07 (work-first): each episode keeps its parcours and the organisme's deadline from IntensiveEpisodeStarted, and
/// the référent's justification for a SOCIAL parcours (existing episodes: unknown parcours, no deadline, so no alert);
/// <c>catalogue_entry_families</c> keeps the R.5411-15 family of each entry from the catalogue's events.
/// </summary>
[DbContext(typeof(SchedulingDbContext))]
[Migration("20261206100000_EarlyWorkSituation")]
public sealed class EarlyWorkSituation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE intensive_episodes ADD COLUMN "Parcours" character varying(16);
            ALTER TABLE intensive_episodes ADD COLUMN "EarlyWorkSituationDeadlineWeeks" integer;
            ALTER TABLE intensive_episodes ADD COLUMN "WorkFirstJustification" character varying(1000);
            ALTER TABLE intensive_episodes ADD COLUMN "WorkFirstJustifiedBy" character varying(128);
            ALTER TABLE intensive_episodes ADD COLUMN "WorkFirstJustifiedAt" timestamp with time zone;

            CREATE TABLE catalogue_entry_families (
                "EntryCode" character varying(40) NOT NULL,
                "Family" integer,
                "DescribedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_catalogue_entry_families" PRIMARY KEY ("EntryCode")
            );
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE catalogue_entry_families;
            ALTER TABLE intensive_episodes DROP COLUMN "Parcours", DROP COLUMN "EarlyWorkSituationDeadlineWeeks",
                DROP COLUMN "WorkFirstJustification", DROP COLUMN "WorkFirstJustifiedBy", DROP COLUMN "WorkFirstJustifiedAt";
            """);
    }
}
