using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Contracts.Api.Infrastructure.Migrations;

/// <summary>§3.1 sex and qpv of a person (optional), published on IntensiveEpisodeStarted and ContractSigned for the indicators' breakdowns.</summary>
[DbContext(typeof(ContractsDbContext))]
[Migration("20261124100000_BeneficiarySexAndQpv")]
public sealed class BeneficiarySexAndQpv : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            ALTER TABLE beneficiaries ADD "Sex" character varying(1);
            ALTER TABLE beneficiaries ADD "Qpv" boolean;
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            ALTER TABLE beneficiaries DROP COLUMN "Qpv";
            ALTER TABLE beneficiaries DROP COLUMN "Sex";
            """);
}
