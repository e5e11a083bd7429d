using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// Monthly totals kept by difference (written by hand, see Initial): closed weeks summed by episode and month of their
/// Thursday, held entretiens counted by person, organisme and month; filled from the projections already there. A
/// window is read from an index alone (once the table is vacuumed): weeks by scope and month, entretiens by person.
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261227100000_MonthlyTotals")]
public sealed class MonthlyTotals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE closed_week_months (
                "EpisodeId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "Month" date NOT NULL,
                "Weeks" integer NOT NULL,
                "WeeksReachingTarget" integer NOT NULL,
                "RealisedHours" numeric(12,2) NOT NULL,
                "AccompaniedHours" numeric(12,2) NOT NULL
            );
            CREATE UNIQUE INDEX "IX_closed_week_months_EpisodeId_Month" ON closed_week_months ("EpisodeId", "Month");
            CREATE INDEX "IX_closed_week_months_Territory_Month" ON closed_week_months ("Territory", "Month")
                INCLUDE ("EpisodeId", "OrganismeId", "Weeks", "WeeksReachingTarget", "RealisedHours", "AccompaniedHours");
            CREATE INDEX "IX_closed_week_months_OrganismeId_Month" ON closed_week_months ("OrganismeId", "Month")
                INCLUDE ("EpisodeId", "Territory", "Weeks", "WeeksReachingTarget", "RealisedHours", "AccompaniedHours");
            CREATE TABLE held_interview_months (
                "BeneficiaryId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Month" date NOT NULL,
                "Held" integer NOT NULL
            );
            CREATE UNIQUE INDEX "IX_held_interview_months_BeneficiaryId_OrganismeId_Month" ON held_interview_months ("BeneficiaryId", "OrganismeId", "Month")
                INCLUDE ("Held");
            """);
        migrationBuilder.Sql(Infrastructure.MonthlyTotals.RebuildSql);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE IF EXISTS closed_week_months; DROP TABLE IF EXISTS held_interview_months;");
}
