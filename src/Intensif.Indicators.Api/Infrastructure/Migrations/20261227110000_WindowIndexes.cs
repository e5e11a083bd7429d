using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// Indexes choosing a window's rows without reading the table for the others (written by hand, see Initial): episodes
/// by scope and end (a window's are the open ones and those ended since its first day: two ranges, where scope and
/// start gave every episode begun before its last day); closures by scope and closure day with the contract id (the
/// contracts in force are those not closed before the window, ContractsInForceIndexes).
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261227110000_WindowIndexes")]
public sealed class WindowIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE INDEX "IX_intensive_episodes_OrganismeId_EndedOn" ON intensive_episodes ("OrganismeId", "EndedOn");
            CREATE INDEX "IX_intensive_episodes_Territory_EndedOn" ON intensive_episodes ("Territory", "EndedOn");
            CREATE INDEX "IX_contract_closures_OrganismeId_ClosedOn" ON contract_closures ("OrganismeId", "ClosedOn") INCLUDE ("ContractId");
            CREATE INDEX "IX_contract_closures_Territory_ClosedOn" ON contract_closures ("Territory", "ClosedOn") INCLUDE ("ContractId");
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS "IX_contract_closures_OrganismeId_ClosedOn";
            DROP INDEX IF EXISTS "IX_contract_closures_Territory_ClosedOn";
            DROP INDEX IF EXISTS "IX_intensive_episodes_OrganismeId_EndedOn";
            DROP INDEX IF EXISTS "IX_intensive_episodes_Territory_EndedOn";
            """);
}
