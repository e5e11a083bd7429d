using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>Partner sessions and booked activities with their attendance, for O5 (written by hand, see Initial).</summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261217100000_PartnerOfferUsage")]
public sealed class PartnerOfferUsage : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE partner_sessions (
                "SessionId" uuid NOT NULL,
                "StructureId" uuid NOT NULL,
                "EntryCode" character varying(40) NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "Theme" character varying(64) NOT NULL,
                "Start" timestamp with time zone NOT NULL,
                "Capacity" integer NOT NULL,
                "Cancelled" boolean NOT NULL,
                "UpdatedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_partner_sessions" PRIMARY KEY ("SessionId")
            );
            CREATE INDEX "IX_partner_sessions_Territory_Start" ON partner_sessions ("Territory", "Start");

            CREATE TABLE activity_assignments (
                "AssignmentId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "EpisodeId" uuid NOT NULL,
                "EntryCode" character varying(40) NOT NULL,
                "SessionId" uuid,
                "StructureId" uuid,
                "PlannedStart" timestamp with time zone,
                "Status" character varying(32) NOT NULL,
                "RealisedHours" numeric(6,2) NOT NULL,
                "AttendanceAt" timestamp with time zone,
                CONSTRAINT "PK_activity_assignments" PRIMARY KEY ("AssignmentId")
            );
            CREATE INDEX "IX_activity_assignments_OrganismeId_PlannedStart" ON activity_assignments ("OrganismeId", "PlannedStart");
            CREATE INDEX "IX_activity_assignments_SessionId" ON activity_assignments ("SessionId");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE IF EXISTS activity_assignments; DROP TABLE IF EXISTS partner_sessions;");
}
