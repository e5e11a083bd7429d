using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// The closed weeks of a scope's episodes in a window, read by episode and week start (written by hand, see Initial):
/// with the primary key alone (episode, ISO week) the planner estimated the window's weeks of a few thousand
/// episodes at millions of rows and scanned the whole table (seconds over 21 million weeks).
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261223110000_ClosedWeeksByEpisodeAndDay")]
public sealed class ClosedWeeksByEpisodeAndDay : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""CREATE INDEX IF NOT EXISTS "IX_closed_weeks_EpisodeId_WeekStart" ON closed_weeks ("EpisodeId", "WeekStart");""");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_closed_weeks_EpisodeId_WeekStart";""");
}
