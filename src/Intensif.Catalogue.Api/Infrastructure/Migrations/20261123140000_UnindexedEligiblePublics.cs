using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Catalogue.Api.Infrastructure.Migrations;

/// <summary>
/// Drops the GIN index on "EligiblePublics": most entries are open to most publics (a third state none, which counts
/// as tous-publics), so over 100,000 entries the planner's BitmapAnd with it read tens of thousands of index entries
/// to remove a handful of rows. The public is checked on the rows the text and territory indexes select.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261123140000_UnindexedEligiblePublics")]
public sealed class UnindexedEligiblePublics : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_catalogue_entries_EligiblePublics";""");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""CREATE INDEX "IX_catalogue_entries_EligiblePublics" ON catalogue_entries USING gin ("EligiblePublics");""");
}
