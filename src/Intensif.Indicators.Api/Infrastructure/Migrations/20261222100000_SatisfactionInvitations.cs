using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>Mid-course satisfaction invitations (I5's response rate), one per episode and month. Written by hand, see Initial.</summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261222100000_SatisfactionInvitations")]
public sealed class SatisfactionInvitations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE satisfaction_invitations (
                "InvitationId" uuid NOT NULL,
                "EpisodeId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "Month" date NOT NULL,
                "SentOn" date NOT NULL,
                CONSTRAINT "PK_satisfaction_invitations" PRIMARY KEY ("InvitationId")
            );
            CREATE UNIQUE INDEX "IX_satisfaction_invitations_EpisodeId_Month" ON satisfaction_invitations ("EpisodeId", "Month");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE satisfaction_invitations;");
}
