using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// Indexes for what a figure computation reads of a scope's people and episodes (written by hand, see Initial): the
/// passations and the activities were read by a scan of their whole table; a person's entretiens are read for the
/// window only (the person and the day in one index, instead of every entretien of the person).
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261223100000_IndicatorLoadIndexes")]
public sealed class IndicatorLoadIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE INDEX IF NOT EXISTS "IX_referent_changes_BeneficiaryId" ON referent_changes ("BeneficiaryId");
            CREATE INDEX IF NOT EXISTS "IX_activity_assignments_EpisodeId" ON activity_assignments ("EpisodeId");
            CREATE INDEX IF NOT EXISTS "IX_interview_outcomes_BeneficiaryId_ScheduledAt" ON interview_outcomes ("BeneficiaryId", "ScheduledAt");
            DROP INDEX IF EXISTS "IX_interview_outcomes_BeneficiaryId";
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE INDEX IF NOT EXISTS "IX_interview_outcomes_BeneficiaryId" ON interview_outcomes ("BeneficiaryId");
            DROP INDEX IF EXISTS "IX_interview_outcomes_BeneficiaryId_ScheduledAt";
            DROP INDEX IF EXISTS "IX_activity_assignments_EpisodeId";
            DROP INDEX IF EXISTS "IX_referent_changes_BeneficiaryId";
            """);
}
