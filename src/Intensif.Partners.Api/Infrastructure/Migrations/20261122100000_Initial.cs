using Intensif.Messaging;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Partners.Api.Infrastructure.Migrations;

/// <summary>
/// The first schema of the Partners database, as EF Core generates it from the model, and the outbox and inbox
/// tables of Intensif.Messaging.
/// Migrations are written by hand: the EF design-time tools cannot be restored here (see docs/decisions.md);
/// the schema test checks every migration chain against the model.
/// </summary>
[DbContext(typeof(PartnersDbContext))]
[Migration("20261122100000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE partner_structures (
                "Id" uuid NOT NULL,
                "Name" character varying(200) NOT NULL,
                "Siret" character varying(14) NOT NULL,
                "Type" character varying(32) NOT NULL,
                "Territories" text[] NOT NULL,
                "RegisteredAt" timestamp with time zone NOT NULL,
                "RegisteredBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_partner_structures" PRIMARY KEY ("Id")
            );

            CREATE UNIQUE INDEX "IX_partner_structures_Siret" ON partner_structures ("Siret");
            """);
        migrationBuilder.CreateMessagingTables();
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropMessagingTables();
        migrationBuilder.Sql("DROP TABLE IF EXISTS partner_structures;");
    }
}
