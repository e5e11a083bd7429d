using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>Computed figures and the change counts that say whether they are still fresh (written by hand, see Initial).</summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261221100000_FigureCells")]
public sealed class FigureCells : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE indicator_cells (
                "Scope" character varying(80) NOT NULL,
                "Code" character varying(64) NOT NULL,
                "Version" integer NOT NULL,
                "Breakdown" character varying(32) NOT NULL,
                "Period" character varying(32) NOT NULL,
                "FirstDay" date NOT NULL,
                "LastDay" date NOT NULL,
                "Stamp" bigint NOT NULL,
                "Rows" jsonb NOT NULL,
                "ComputedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_indicator_cells" PRIMARY KEY ("Scope", "Code", "Version", "Breakdown", "Period")
            );
            CREATE TABLE indicator_scope_months (
                "Scope" character varying(80) NOT NULL,
                "Month" date NOT NULL,
                "Changes" bigint NOT NULL,
                "MarkedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_indicator_scope_months" PRIMARY KEY ("Scope", "Month")
            );
            CREATE INDEX "IX_indicator_scope_months_MarkedAt" ON indicator_scope_months ("MarkedAt");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE IF EXISTS indicator_cells; DROP TABLE IF EXISTS indicator_scope_months;");
}
