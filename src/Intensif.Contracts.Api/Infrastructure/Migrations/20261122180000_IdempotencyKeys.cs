using Intensif.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Contracts.Api.Infrastructure.Migrations;

/// <summary>The Idempotency-Key store of the contracts service's creating POSTs (docs/http-conventions.md).</summary>
[DbContext(typeof(ContractsDbContext))]
[Migration("20261122180000_IdempotencyKeys")]
public sealed class IdempotencyKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateIdempotencyTable();

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropIdempotencyTable();
}
