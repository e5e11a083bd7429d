using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// Indexes choosing a window's rows without reading the table for the others (written by hand, see Initial): episodes
/// by scope and end (a window's are the open ones and those ended since its first day: two ranges, where scope and
/// start gave every episode begun before its last day); contracts by scope and signature and closures by scope and
/// closure day, with the contract id, so the contracts in force are found in the indexes and only they are read.
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261227110000_WindowIndexes")]
public sealed class WindowIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE INDEX "IX_intensive_episodes_OrganismeId_EndedOn" ON intensive_episodes ("OrganismeId", "EndedOn");
            CREATE INDEX "IX_intensive_episodes_Territory_EndedOn" ON intensive_episodes ("Territory", "EndedOn");
            DROP INDEX IF EXISTS "IX_active_contracts_OrganismeId";
            DROP INDEX IF EXISTS "IX_active_contracts_Territory";
            CREATE INDEX "IX_active_contracts_OrganismeId_SignedOn" ON active_contracts ("OrganismeId", "SignedOn") INCLUDE ("ContractId");
            CREATE INDEX "IX_active_contracts_Territory_SignedOn" ON active_contracts ("Territory", "SignedOn") INCLUDE ("ContractId");
            CREATE INDEX "IX_contract_closures_OrganismeId_ClosedOn" ON contract_closures ("OrganismeId", "ClosedOn") INCLUDE ("ContractId");
            CREATE INDEX "IX_contract_closures_Territory_ClosedOn" ON contract_closures ("Territory", "ClosedOn") INCLUDE ("ContractId");
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS "IX_contract_closures_OrganismeId_ClosedOn";
            DROP INDEX IF EXISTS "IX_contract_closures_Territory_ClosedOn";
            DROP INDEX IF EXISTS "IX_active_contracts_OrganismeId_SignedOn";
            DROP INDEX IF EXISTS "IX_active_contracts_Territory_SignedOn";
            CREATE INDEX "IX_active_contracts_OrganismeId" ON active_contracts ("OrganismeId");
            CREATE INDEX "IX_active_contracts_Territory" ON active_contracts ("Territory");
            DROP INDEX IF EXISTS "IX_intensive_episodes_OrganismeId_EndedOn";
            DROP INDEX IF EXISTS "IX_intensive_episodes_Territory_EndedOn";
            """);
}
