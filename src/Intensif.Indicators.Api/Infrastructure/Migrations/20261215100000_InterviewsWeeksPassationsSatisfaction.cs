using Intensif.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Indicators.Api.Infrastructure.Migrations;

/// <summary>
/// The projections of entretiens, closed weeks and passations, the référent and barriers at exit of an episode, the
/// anonymous satisfaction answers, the audit trail and the Idempotency-Key table (written by hand, see Initial).
/// </summary>
[DbContext(typeof(IndicatorsDbContext))]
[Migration("20261215100000_InterviewsWeeksPassationsSatisfaction")]
public sealed class InterviewsWeeksPassationsSatisfaction : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE intensive_episodes ADD "ReferentId" character varying(64);
            ALTER TABLE intensive_episodes ADD "BarriersAtExit" text[] NOT NULL DEFAULT '{}';
            ALTER TABLE intensive_episodes ALTER COLUMN "BarriersAtExit" DROP DEFAULT;

            CREATE TABLE interview_outcomes (
                "InterviewId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "ScheduledAt" timestamp with time zone NOT NULL,
                "Type" character varying(40) NOT NULL,
                "Held" boolean NOT NULL,
                "Justified" boolean NOT NULL,
                "RecordedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_interview_outcomes" PRIMARY KEY ("InterviewId")
            );
            CREATE INDEX "IX_interview_outcomes_OrganismeId_ScheduledAt" ON interview_outcomes ("OrganismeId", "ScheduledAt");
            CREATE INDEX "IX_interview_outcomes_BeneficiaryId" ON interview_outcomes ("BeneficiaryId");

            CREATE TABLE referent_changes (
                "EventId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "ContractId" uuid,
                "FromReferentId" character varying(64) NOT NULL,
                "ToReferentId" character varying(64) NOT NULL,
                "Reason" character varying(64) NOT NULL,
                "EffectiveDate" date NOT NULL,
                "InIntensiveEpisode" boolean NOT NULL,
                "OccurredAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_referent_changes" PRIMARY KEY ("EventId")
            );
            CREATE INDEX "IX_referent_changes_OrganismeId" ON referent_changes ("OrganismeId");
            CREATE INDEX "IX_referent_changes_Territory" ON referent_changes ("Territory");

            CREATE TABLE closed_weeks (
                "EpisodeId" uuid NOT NULL,
                "IsoWeek" character varying(10) NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "BeneficiaryId" uuid NOT NULL,
                "WeekStart" date NOT NULL,
                "TargetHours" numeric(6,2) NOT NULL,
                "RealisedHours" numeric(6,2) NOT NULL,
                "AccompaniedHours" numeric(6,2) NOT NULL,
                "AutonomousHours" numeric(6,2) NOT NULL,
                "GapReason" character varying(32) NOT NULL,
                "ClosedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_closed_weeks" PRIMARY KEY ("EpisodeId", "IsoWeek")
            );
            CREATE INDEX "IX_closed_weeks_OrganismeId_WeekStart" ON closed_weeks ("OrganismeId", "WeekStart");

            CREATE TABLE satisfaction_answers (
                "AnswerId" uuid NOT NULL,
                "EpisodeId" uuid NOT NULL,
                "OrganismeId" character varying(64) NOT NULL,
                "Territory" character varying(3) NOT NULL,
                "Score" integer NOT NULL,
                "Comment" character varying(2000),
                "AnsweredOn" date NOT NULL,
                CONSTRAINT "PK_satisfaction_answers" PRIMARY KEY ("AnswerId")
            );
            CREATE UNIQUE INDEX "IX_satisfaction_answers_EpisodeId" ON satisfaction_answers ("EpisodeId");

            CREATE TABLE audit_entries (
                "Id" uuid NOT NULL,
                "Actor" character varying(128) NOT NULL,
                "ActorOrganisation" character varying(128) NOT NULL,
                "ActorRole" character varying(32) NOT NULL,
                "At" timestamp with time zone NOT NULL,
                "Action" character varying(64) NOT NULL,
                "EntityType" character varying(64) NOT NULL,
                "EntityId" uuid NOT NULL,
                "After" jsonb,
                CONSTRAINT "PK_audit_entries" PRIMARY KEY ("Id")
            );
            CREATE INDEX "IX_audit_entries_EntityId" ON audit_entries ("EntityId");
            """);
        migrationBuilder.CreateIdempotencyTable();
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIdempotencyTable();
        migrationBuilder.Sql("""
            DROP TABLE IF EXISTS audit_entries; DROP TABLE IF EXISTS satisfaction_answers; DROP TABLE IF EXISTS closed_weeks;
            DROP TABLE IF EXISTS referent_changes; DROP TABLE IF EXISTS interview_outcomes;
            ALTER TABLE intensive_episodes DROP COLUMN "BarriersAtExit"; ALTER TABLE intensive_episodes DROP COLUMN "ReferentId";
            """);
    }
}
