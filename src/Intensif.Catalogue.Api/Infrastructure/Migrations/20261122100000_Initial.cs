using Intensif.Messaging;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Catalogue.Api.Infrastructure.Migrations;

/// <summary>
/// The first schema of the Catalogue database, as EF Core generates it from the model, and the outbox and inbox
/// tables of Intensif.Messaging.
/// Migrations are written by hand: the EF design-time tools cannot be restored here (see docs/decisions.md);
/// the schema test checks every migration chain against the model.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261122100000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE catalogue_entries (
                "Id" uuid NOT NULL,
                "Code" character varying(32) NOT NULL,
                "Label" character varying(200) NOT NULL,
                "Category" character varying(64) NOT NULL,
                "Family" integer NOT NULL,
                "Valuation" character varying(32) NOT NULL,
                "ForfaitHours" numeric(5,2) NOT NULL,
                "PublishedAt" timestamp with time zone NOT NULL,
                "PublishedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_catalogue_entries" PRIMARY KEY ("Id")
            );

            CREATE UNIQUE INDEX "IX_catalogue_entries_Code" ON catalogue_entries ("Code");

            """);
        migrationBuilder.CreateMessagingTables();
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS catalogue_entries;");
        migrationBuilder.DropMessagingTables();
    }
}
