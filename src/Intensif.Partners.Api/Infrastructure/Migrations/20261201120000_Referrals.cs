using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Partners.Api.Infrastructure.Migrations;

/// <summary>Referrals of persons to partner sessions (status, deadline, waitlist order, decision).</summary>
[DbContext(typeof(PartnersDbContext))]
[Migration("20261201120000_Referrals")]
public sealed class Referrals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE referrals (
                "Id" uuid NOT NULL,
                "SessionId" uuid NOT NULL,
                "StructureId" uuid NOT NULL,
                "OrganismeId" character varying(128) NOT NULL,
                "ReferentId" character varying(128) NOT NULL,
                "ReferentName" character varying(200) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "PersonName" character varying(120) NOT NULL,
                "PersonContact" character varying(200),
                "AccessibilityNeeds" character varying(500),
                "Motive" character varying(1000),
                "ConsentRecordedAt" timestamp with time zone NOT NULL,
                "Status" character varying(16) NOT NULL,
                "SentAt" timestamp with time zone NOT NULL,
                "ExpiresAt" timestamp with time zone NOT NULL,
                "WaitlistedAt" timestamp with time zone,
                "DecidedAt" timestamp with time zone,
                "RefusalReason" character varying(64),
                "Comment" character varying(1000),
                CONSTRAINT "PK_referrals" PRIMARY KEY ("Id")
            );
            CREATE INDEX "IX_referrals_ExpiresAt" ON referrals ("ExpiresAt") WHERE "Status" = 'PENDING';
            CREATE INDEX "IX_referrals_OrganismeId_SentAt" ON referrals ("OrganismeId", "SentAt");
            CREATE INDEX "IX_referrals_SessionId_Status" ON referrals ("SessionId", "Status");
            CREATE INDEX "IX_referrals_StructureId_SentAt" ON referrals ("StructureId", "SentAt");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE IF EXISTS referrals;");
}
