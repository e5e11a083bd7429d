using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>The <c>partner_referrals</c> projection (O5 referral outcomes). Written by hand, see Initial.</summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261226100000_PartnerReferrals")]
public sealed class PartnerReferrals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE partner_referrals (
                "ReferralId" uuid NOT NULL,
                "SessionId" uuid NOT NULL,
                "StructureId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "EntryCode" character varying(40) NOT NULL,
                "SentAt" timestamp with time zone,
                "AcceptedAt" timestamp with time zone,
                "RefusedAt" timestamp with time zone,
                "RefusalReason" character varying(64),
                "ExpiredAt" timestamp with time zone,
                "CancelledAt" timestamp with time zone,
                CONSTRAINT "PK_partner_referrals" PRIMARY KEY ("ReferralId")
            );
            CREATE INDEX "IX_partner_referrals_OrganismeId_SentAt" ON partner_referrals ("OrganismeId", "SentAt");
            CREATE INDEX "IX_partner_referrals_SessionId_SentAt" ON partner_referrals ("SessionId", "SentAt");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE partner_referrals;");
}
