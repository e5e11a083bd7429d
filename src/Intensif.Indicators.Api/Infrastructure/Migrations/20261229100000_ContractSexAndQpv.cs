using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// Contracts in force keep the person's sex and QPV residence at signature (sex and qpv breakdowns of I1, I1b and O2).
/// Contracts projected before are in "unknown" until a rebuild replays their Signed events.
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261229100000_ContractSexAndQpv")]
public sealed class ContractSexAndQpv : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            ALTER TABLE active_contracts ADD "Sex" character varying(1);
            ALTER TABLE active_contracts ADD "Qpv" boolean;
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            ALTER TABLE active_contracts DROP COLUMN "Qpv";
            ALTER TABLE active_contracts DROP COLUMN "Sex";
            """);
}
