using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Contracts.Api.Infrastructure.Migrations;

/// <summary>The R.5411-15 family of a catalogue entry, now carried by the catalogue's events, so a plan takes it from the entry.</summary>
[DbContext(typeof(ContractsDbContext))]
[Migration("20261122190000_CatalogueFamily")]
public sealed class CatalogueFamily : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE catalogue_entries ADD "Family" integer;""");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE catalogue_entries DROP COLUMN "Family";""");
}
