using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// A scope's contracts by signature day holding every column the indicators read (written by hand, see Initial): the
/// contracts signed by a window's last day are one range of the index, read without the table (whose rows of one scope
/// are scattered), less those closed before its first day (the closures' index by scope and day, WindowIndexes).
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261230100000_ContractsInForceIndexes")]
public sealed class ContractsInForceIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS "IX_active_contracts_OrganismeId";
            DROP INDEX IF EXISTS "IX_active_contracts_Territory";
            CREATE INDEX "IX_active_contracts_OrganismeId_SignedOn" ON active_contracts ("OrganismeId", "SignedOn")
                INCLUDE ("ContractId", "Territory", "PseudonymousBeneficiaryId", "Parcours", "OrientationNotifiedOn", "Publics", "Sex", "Qpv");
            CREATE INDEX "IX_active_contracts_Territory_SignedOn" ON active_contracts ("Territory", "SignedOn")
                INCLUDE ("ContractId", "OrganismeId", "PseudonymousBeneficiaryId", "Parcours", "OrientationNotifiedOn", "Publics", "Sex", "Qpv");
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS "IX_active_contracts_OrganismeId_SignedOn";
            DROP INDEX IF EXISTS "IX_active_contracts_Territory_SignedOn";
            CREATE INDEX "IX_active_contracts_OrganismeId" ON active_contracts ("OrganismeId");
            CREATE INDEX "IX_active_contracts_Territory" ON active_contracts ("Territory");
            """);
}
