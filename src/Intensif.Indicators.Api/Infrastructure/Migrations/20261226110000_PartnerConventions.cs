using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>The <c>partner_conventions</c> projection (costing per convention). Written by hand, see Initial.</summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261226110000_PartnerConventions")]
public sealed class PartnerConventions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE partner_conventions (
                "StructureId" uuid NOT NULL,
                "UpdatedAt" timestamp with time zone NOT NULL,
                "Conventions" jsonb NOT NULL,
                CONSTRAINT "PK_partner_conventions" PRIMARY KEY ("StructureId")
            );
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE partner_conventions;");
}
