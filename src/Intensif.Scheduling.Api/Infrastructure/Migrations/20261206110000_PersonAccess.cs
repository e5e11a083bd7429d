using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Scheduling.Api.Infrastructure.Migrations;

/// <summary>
/// The person's own access (issue 6): personal access links (the SHA-256 of their token, never the token) and the
/// persons' declarations of autonomous activities with the référent's decision.
/// </summary>
[DbContext(typeof(SchedulingDbContext))]
[Migration("20261206110000_PersonAccess")]
public sealed class PersonAccess : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE person_access_links (
                "Id" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "CreatedBy" character varying(128) NOT NULL,
                "TokenHash" character varying(64) NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "ExpiresAt" timestamp with time zone NOT NULL,
                "RevokedAt" timestamp with time zone,
                CONSTRAINT "PK_person_access_links" PRIMARY KEY ("Id")
            );
            CREATE UNIQUE INDEX "IX_person_access_links_TokenHash" ON person_access_links ("TokenHash");
            CREATE INDEX "IX_person_access_links_BeneficiaryId" ON person_access_links ("BeneficiaryId");

            CREATE TABLE beneficiary_declarations (
                "Id" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "EpisodeId" uuid NOT NULL,
                "AccessLinkId" uuid NOT NULL,
                "EntryCode" character varying(40) NOT NULL,
                "Start" timestamp with time zone NOT NULL,
                "End" timestamp with time zone NOT NULL,
                "Week" character varying(8) NOT NULL,
                "ProofReference" character varying(300) NOT NULL,
                "Comment" character varying(1000),
                "Status" character varying(16) NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "DecidedBy" character varying(128),
                "DecidedAt" timestamp with time zone,
                "RejectionReason" character varying(1000),
                "AssignmentId" uuid,
                CONSTRAINT "PK_beneficiary_declarations" PRIMARY KEY ("Id")
            );
            CREATE INDEX "IX_beneficiary_declarations_BeneficiaryId_CreatedAt" ON beneficiary_declarations ("BeneficiaryId", "CreatedAt");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE beneficiary_declarations;
            DROP TABLE person_access_links;
            """);
    }
}
