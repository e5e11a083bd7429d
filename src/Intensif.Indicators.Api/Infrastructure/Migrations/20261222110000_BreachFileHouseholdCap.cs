using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// Whether the RSA household cap applied to a breach file's decision (O6); null for decisions projected before, until a
/// rebuild replays them. Written by hand, see Initial.
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261222110000_BreachFileHouseholdCap")]
public sealed class BreachFileHouseholdCap : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE breach_files ADD "HouseholdCapApplied" boolean;""");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE breach_files DROP COLUMN "HouseholdCapApplied";""");
}
