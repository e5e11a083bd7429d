using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// Funders of catalogue entries by version and day (costing by funder); existing rows start with their current list,
/// valid from the day of their last event, until a rebuild replays every version. Written by hand, see Initial.
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261220110000_DatedFunders")]
public sealed class DatedFunders : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE activity_costs ADD "FundingHistory" jsonb NOT NULL DEFAULT '[]';
            UPDATE activity_costs SET "FundingHistory" = jsonb_build_array(jsonb_build_object(
                'Version', "Version",
                'From', to_char(("UpdatedAt" AT TIME ZONE 'Europe/Paris')::date, 'YYYY-MM-DD'),
                'RecordedAt', to_char("UpdatedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'),
                'Funders', to_jsonb("Funding")))
            WHERE "Version" >= 0;
            ALTER TABLE activity_costs ALTER COLUMN "FundingHistory" DROP DEFAULT;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE activity_costs DROP COLUMN "FundingHistory";""");
}
