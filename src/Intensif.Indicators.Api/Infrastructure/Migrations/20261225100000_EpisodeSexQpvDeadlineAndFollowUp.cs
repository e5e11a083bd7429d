using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// Episodes keep the person's sex and QPV residence at the start (breakdowns), the organisme's SR-07 deadline (O4) and
/// the latest follow-up check that found no employment (I4's follow-up coverage). Episodes projected before are in
/// "unknown" and use the deployment's O4 setting until a rebuild replays their Started events.
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261225100000_EpisodeSexQpvDeadlineAndFollowUp")]
public sealed class EpisodeSexQpvDeadlineAndFollowUp : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            ALTER TABLE intensive_episodes ADD "Sex" character varying(1);
            ALTER TABLE intensive_episodes ADD "Qpv" boolean;
            ALTER TABLE intensive_episodes ADD "EarlyWorkSituationDeadlineWeeks" integer;
            ALTER TABLE intensive_episodes ADD "NoEmploymentCheckedOn" date;
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            ALTER TABLE intensive_episodes DROP COLUMN "NoEmploymentCheckedOn";
            ALTER TABLE intensive_episodes DROP COLUMN "EarlyWorkSituationDeadlineWeeks";
            ALTER TABLE intensive_episodes DROP COLUMN "Qpv";
            ALTER TABLE intensive_episodes DROP COLUMN "Sex";
            """);
}
