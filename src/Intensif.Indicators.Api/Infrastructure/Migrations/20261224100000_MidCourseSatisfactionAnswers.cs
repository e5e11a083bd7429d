using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// Answers to mid-course satisfaction invitations: the invitation answered (none at exit), one answer per exit and one
/// per invitation (NULLS NOT DISTINCT: a single answer without invitation per episode) (written by hand, see Initial).
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261224100000_MidCourseSatisfactionAnswers")]
public sealed class MidCourseSatisfactionAnswers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE satisfaction_answers ADD "InvitationId" uuid;
            DROP INDEX "IX_satisfaction_answers_EpisodeId";
            CREATE UNIQUE INDEX "IX_satisfaction_answers_EpisodeId_InvitationId" ON satisfaction_answers ("EpisodeId", "InvitationId") NULLS NOT DISTINCT;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DELETE FROM satisfaction_answers WHERE "InvitationId" IS NOT NULL;
            DROP INDEX "IX_satisfaction_answers_EpisodeId_InvitationId";
            CREATE UNIQUE INDEX "IX_satisfaction_answers_EpisodeId" ON satisfaction_answers ("EpisodeId");
            ALTER TABLE satisfaction_answers DROP COLUMN "InvitationId";
            """);
    }
}
