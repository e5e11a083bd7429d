using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Catalogue.Api.Infrastructure.Migrations;

/// <summary>The SIRET of a partner structure, now carried by the Partners service's events, for the data·inclusion export.</summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261123150000_StructureSiret")]
public sealed class StructureSiret : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE catalogue_structures ADD "Siret" character varying(14);""");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE catalogue_structures DROP COLUMN "Siret";""");
}
