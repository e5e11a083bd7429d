using Intensif.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Catalogue.Api.Infrastructure.Migrations;

/// <summary>The Idempotency-Key store of the catalogue's creating POSTs (docs/http-conventions.md).</summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261123120000_IdempotencyKeys")]
public sealed class IdempotencyKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateIdempotencyTable();

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropIdempotencyTable();
}
