using Intensif.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Partners.Api.Infrastructure.Migrations;

/// <summary>The Idempotency-Key table of ServiceDefaults (docs/http-conventions.md). ETags use xmin, which needs no column.</summary>
[DbContext(typeof(PartnersDbContext))]
[Migration("20261203100000_Idempotency")]
public sealed class Idempotency : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateIdempotencyTable();

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropIdempotencyTable();
}
