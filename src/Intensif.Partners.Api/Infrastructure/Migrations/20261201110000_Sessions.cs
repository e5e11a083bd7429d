using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Partners.Api.Infrastructure.Migrations;

/// <summary>Dated sessions published by partners, with their seats (the check constraint forbids overselling).</summary>
[DbContext(typeof(PartnersDbContext))]
[Migration("20261201110000_Sessions")]
public sealed class Sessions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE partner_sessions (
                "Id" uuid NOT NULL,
                "StructureId" uuid NOT NULL,
                "EntryCode" character varying(40) NOT NULL,
                "Start" timestamp with time zone NOT NULL,
                "End" timestamp with time zone NOT NULL,
                "Location" character varying(300),
                "VideoLink" character varying(500),
                "Capacity" integer NOT NULL,
                "SeatsLeft" integer NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "Theme" character varying(32) NOT NULL,
                "Status" character varying(16) NOT NULL,
                "PublishedAt" timestamp with time zone NOT NULL,
                "UpdatedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_partner_sessions" PRIMARY KEY ("Id"),
                CONSTRAINT "CK_partner_sessions_seats" CHECK ("SeatsLeft" >= 0 AND "SeatsLeft" <= "Capacity")
            );
            CREATE INDEX "IX_partner_sessions_StructureId_Start" ON partner_sessions ("StructureId", "Start");
            CREATE INDEX "IX_partner_sessions_Territory_Start" ON partner_sessions ("Territory", "Start");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE IF EXISTS partner_sessions;");
}
