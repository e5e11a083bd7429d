using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Scheduling.Api.Infrastructure.Migrations;

/// <summary>
/// The shared calendar (issue 6, item 4): its events with their seats, the bookings and waitlist of each event; the
/// seats of Partners sessions held through accepted referrals; and, on assignments, the referral whose seat they hold
/// and the note of why a held seat is not booked.
/// </summary>
[DbContext(typeof(SchedulingDbContext))]
[Migration("20261205100000_SharedCalendar")]
public sealed class SharedCalendar : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE calendar_events (
                "Id" uuid NOT NULL,
                "Kind" character varying(32) NOT NULL,
                "OrganiserOrganisation" character varying(128) NOT NULL,
                "OrganiserKind" character varying(16) NOT NULL,
                "CreatedBy" character varying(128) NOT NULL,
                "Territory" character varying(8) NOT NULL,
                "Theme" character varying(32),
                "EntryCode" character varying(40),
                "Title" character varying(200) NOT NULL,
                "Start" timestamp with time zone NOT NULL,
                "End" timestamp with time zone NOT NULL,
                "Location" character varying(300),
                "VideoLink" character varying(500),
                "Capacity" integer,
                "SeatsTaken" integer NOT NULL,
                "Cancelled" boolean NOT NULL,
                "Sequence" integer NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "UpdatedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_calendar_events" PRIMARY KEY ("Id"),
                CONSTRAINT "CK_calendar_events_seats" CHECK ("SeatsTaken" >= 0 AND ("Capacity" IS NULL OR "SeatsTaken" <= "Capacity"))
            );
            CREATE INDEX "IX_calendar_events_Territory_Start" ON calendar_events ("Territory", "Start");

            CREATE TABLE calendar_bookings (
                "Id" uuid NOT NULL,
                "EventId" uuid NOT NULL,
                "BeneficiaryId" uuid,
                "ParticipantId" character varying(128),
                "OrganisationId" character varying(128) NOT NULL,
                "BookedBy" character varying(128) NOT NULL,
                "EpisodeId" uuid,
                "PlannedHours" numeric(6,2),
                "Supervision" character varying(16),
                "Status" character varying(32) NOT NULL,
                "WaitlistedAt" timestamp with time zone,
                "WaitlistReason" character varying(500),
                "AssignmentId" uuid,
                "CreatedAt" timestamp with time zone NOT NULL,
                "UpdatedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_calendar_bookings" PRIMARY KEY ("Id")
            );
            CREATE INDEX "IX_calendar_bookings_BeneficiaryId" ON calendar_bookings ("BeneficiaryId");
            CREATE INDEX "IX_calendar_bookings_EventId_Status" ON calendar_bookings ("EventId", "Status");

            CREATE TABLE referral_seats (
                "ReferralId" uuid NOT NULL,
                "SessionId" uuid NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "AssignmentId" uuid,
                "Held" boolean NOT NULL,
                "ChangedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_referral_seats" PRIMARY KEY ("ReferralId")
            );
            CREATE INDEX "IX_referral_seats_SessionId_BeneficiaryId" ON referral_seats ("SessionId", "BeneficiaryId");

            ALTER TABLE assignments ADD COLUMN "ReferralId" uuid;
            ALTER TABLE assignments ADD COLUMN "Note" text;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE assignments DROP COLUMN "ReferralId", DROP COLUMN "Note";
            DROP TABLE referral_seats;
            DROP TABLE calendar_bookings;
            DROP TABLE calendar_events;
            """);
    }
}
