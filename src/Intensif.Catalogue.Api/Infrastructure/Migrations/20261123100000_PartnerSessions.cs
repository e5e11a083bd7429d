using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Catalogue.Api.Infrastructure.Migrations;

/// <summary>The catalogue's searchable copy of the partners' dated sessions (fed by the Partners service's events).</summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261123100000_PartnerSessions")]
public sealed class PartnerSessions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE catalogue_sessions (
                "SessionId" uuid NOT NULL,
                "StructureId" uuid NOT NULL,
                "EntryCode" character varying(32) NOT NULL,
                "Start" timestamp with time zone NOT NULL,
                "End" timestamp with time zone NOT NULL,
                "Location" character varying(300),
                "VideoLink" character varying(500),
                "Capacity" integer NOT NULL,
                "SeatsLeft" integer NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "Theme" character varying(100) NOT NULL,
                "Cancelled" boolean NOT NULL,
                "DescribedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_catalogue_sessions" PRIMARY KEY ("SessionId")
            );
            CREATE INDEX "IX_catalogue_sessions_EntryCode_Start" ON catalogue_sessions ("EntryCode", "Start");
            CREATE INDEX "IX_catalogue_sessions_Start_SessionId" ON catalogue_sessions ("Start", "SessionId") WHERE NOT "Cancelled";
            CREATE INDEX "IX_catalogue_sessions_Territory_Start" ON catalogue_sessions ("Territory", "Start");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE IF EXISTS catalogue_sessions;");
}
