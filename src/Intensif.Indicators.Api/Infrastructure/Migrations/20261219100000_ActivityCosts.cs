using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>Hourly costs and funders of catalogue entries, for costing (written by hand, see Initial).</summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261219100000_ActivityCosts")]
public sealed class ActivityCosts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE activity_costs (
                "EntryCode" character varying(40) NOT NULL,
                "Version" integer NOT NULL,
                "UpdatedAt" timestamp with time zone NOT NULL,
                "HourlyCosts" jsonb NOT NULL,
                "Funding" text[] NOT NULL,
                CONSTRAINT "PK_activity_costs" PRIMARY KEY ("EntryCode")
            );
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE IF EXISTS activity_costs;");
}
