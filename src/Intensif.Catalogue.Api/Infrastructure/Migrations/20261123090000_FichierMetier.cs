using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Catalogue.Api.Infrastructure.Migrations;

/// <summary>
/// The full fichier métier entry (domain reference §3.9) with status and versions, local valuations, the audit, and
/// French full-text search without accents: the unaccent extension, a <c>french_unaccent</c> text search
/// configuration and a trigger that fills "SearchVector" (a generated column cannot call unaccent, which is not
/// immutable). Entries of the walking skeleton become published national entries.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261123090000_FichierMetier")]
public sealed class FichierMetier : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE EXTENSION IF NOT EXISTS unaccent;

            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
                    CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
                    ALTER TEXT SEARCH CONFIGURATION french_unaccent
                        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
                END IF;
            END $$;

            ALTER TABLE catalogue_entries RENAME COLUMN "Valuation" TO "ValuationMethod";
            ALTER TABLE catalogue_entries ALTER COLUMN "ValuationMethod" DROP NOT NULL;
            ALTER TABLE catalogue_entries ALTER COLUMN "Family" DROP NOT NULL;
            ALTER TABLE catalogue_entries ALTER COLUMN "ForfaitHours" DROP NOT NULL;
            ALTER TABLE catalogue_entries ALTER COLUMN "PublishedAt" DROP NOT NULL;
            ALTER TABLE catalogue_entries
                ADD COLUMN "Scope" character varying(16) NOT NULL DEFAULT 'NATIONAL',
                ADD COLUMN "OwnerOrganisation" character varying(64),
                ADD COLUMN "Status" character varying(16) NOT NULL DEFAULT 'PUBLISHED',
                ADD COLUMN "Version" integer NOT NULL DEFAULT 1,
                ADD COLUMN "Description" character varying(4000) NOT NULL DEFAULT '',
                ADD COLUMN "Dimension" character varying(16),
                ADD COLUMN "Mode" character varying(16),
                ADD COLUMN "Supervision" character varying(16),
                ADD COLUMN "Channel" character varying(16),
                ADD COLUMN "MaxHoursPerWeek" numeric(5,2),
                ADD COLUMN "MaxOccurrencesPerWeek" integer,
                ADD COLUMN "MaxTotalHours" numeric(6,2),
                ADD COLUMN "ProofType" character varying(32),
                ADD COLUMN "CountsTowardWeeklyHours" boolean NOT NULL DEFAULT true,
                ADD COLUMN "Eligibility" jsonb NOT NULL DEFAULT '{}',
                ADD COLUMN "Territories" text[] NOT NULL DEFAULT '{}',
                ADD COLUMN "Themes" text[] NOT NULL DEFAULT '{}',
                ADD COLUMN "ProviderType" character varying(128),
                ADD COLUMN "PartnerStructureId" uuid,
                ADD COLUMN "CapacityPerSession" integer,
                ADD COLUMN "Accessibility" text[] NOT NULL DEFAULT '{}',
                ADD COLUMN "Funding" text[] NOT NULL DEFAULT '{}',
                ADD COLUMN "LegalConstraints" character varying(1000),
                ADD COLUMN "ValidFrom" date,
                ADD COLUMN "ValidTo" date,
                ADD COLUMN "HourlyCosts" jsonb NOT NULL DEFAULT '[]',
                ADD COLUMN "CreatedAt" timestamp with time zone,
                ADD COLUMN "CreatedBy" character varying(128),
                ADD COLUMN "UpdatedAt" timestamp with time zone,
                ADD COLUMN "UpdatedBy" character varying(128),
                ADD COLUMN "SearchVector" tsvector;
            UPDATE catalogue_entries SET "CreatedAt" = "PublishedAt", "UpdatedAt" = "PublishedAt",
                "CreatedBy" = "PublishedBy", "UpdatedBy" = "PublishedBy";
            ALTER TABLE catalogue_entries DROP COLUMN "PublishedBy";
            ALTER TABLE catalogue_entries
                ALTER COLUMN "CreatedAt" SET NOT NULL, ALTER COLUMN "CreatedBy" SET NOT NULL,
                ALTER COLUMN "UpdatedAt" SET NOT NULL, ALTER COLUMN "UpdatedBy" SET NOT NULL,
                ALTER COLUMN "Scope" DROP DEFAULT, ALTER COLUMN "Status" DROP DEFAULT, ALTER COLUMN "Version" DROP DEFAULT,
                ALTER COLUMN "Description" DROP DEFAULT, ALTER COLUMN "CountsTowardWeeklyHours" DROP DEFAULT,
                ALTER COLUMN "Eligibility" DROP DEFAULT, ALTER COLUMN "Territories" DROP DEFAULT, ALTER COLUMN "Themes" DROP DEFAULT,
                ALTER COLUMN "Accessibility" DROP DEFAULT, ALTER COLUMN "Funding" DROP DEFAULT, ALTER COLUMN "HourlyCosts" DROP DEFAULT;

            -- label weighs most, then category, then description
            CREATE FUNCTION catalogue_entries_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW."SearchVector" :=
                    setweight(to_tsvector('french_unaccent', coalesce(NEW."Label", '')), 'A') ||
                    setweight(to_tsvector('french_unaccent', coalesce(NEW."Category", '') || ' ' || coalesce(NEW."Code", '')), 'B') ||
                    setweight(to_tsvector('french_unaccent', coalesce(NEW."Description", '')), 'C');
                RETURN NEW;
            END $$;
            CREATE TRIGGER catalogue_entries_search_vector BEFORE INSERT OR UPDATE ON catalogue_entries
                FOR EACH ROW EXECUTE FUNCTION catalogue_entries_search_vector();
            UPDATE catalogue_entries SET "Label" = "Label";

            CREATE TABLE catalogue_audit (
                "Id" bigint GENERATED ALWAYS AS IDENTITY,
                "At" timestamp with time zone NOT NULL,
                "Actor" character varying(128) NOT NULL,
                "ActorOrganisation" character varying(64) NOT NULL,
                "Action" character varying(64) NOT NULL,
                "EntryCode" character varying(32) NOT NULL,
                "Version" integer,
                "Before" jsonb,
                "After" jsonb,
                CONSTRAINT "PK_catalogue_audit" PRIMARY KEY ("Id")
            );

            CREATE TABLE catalogue_local_valuations (
                "Id" uuid NOT NULL,
                "EntryCode" character varying(32) NOT NULL,
                "ScopeKind" character varying(16) NOT NULL,
                "ScopeValue" character varying(64) NOT NULL,
                "ForfaitHours" numeric(5,2),
                "MaxHoursPerWeek" numeric(5,2),
                "MaxOccurrencesPerWeek" integer,
                "UpdatedAt" timestamp with time zone NOT NULL,
                "UpdatedBy" character varying(128) NOT NULL,
                CONSTRAINT "PK_catalogue_local_valuations" PRIMARY KEY ("Id")
            );

            CREATE INDEX "IX_catalogue_audit_EntryCode_Id" ON catalogue_audit ("EntryCode", "Id");
            CREATE INDEX "IX_catalogue_entries_OwnerOrganisation_Code" ON catalogue_entries ("OwnerOrganisation", "Code");
            CREATE INDEX "IX_catalogue_entries_SearchVector" ON catalogue_entries USING gin ("SearchVector");
            CREATE INDEX "IX_catalogue_entries_Territories" ON catalogue_entries USING gin ("Territories");
            CREATE INDEX "IX_catalogue_entries_Themes" ON catalogue_entries USING gin ("Themes");
            CREATE UNIQUE INDEX "IX_catalogue_local_valuations_EntryCode_ScopeKind_ScopeValue"
                ON catalogue_local_valuations ("EntryCode", "ScopeKind", "ScopeValue");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE IF EXISTS catalogue_local_valuations;
            DROP TABLE IF EXISTS catalogue_audit;
            DROP TRIGGER IF EXISTS catalogue_entries_search_vector ON catalogue_entries;
            DROP FUNCTION IF EXISTS catalogue_entries_search_vector();
            DROP INDEX IF EXISTS "IX_catalogue_entries_OwnerOrganisation_Code";
            DROP INDEX IF EXISTS "IX_catalogue_entries_SearchVector";
            DROP INDEX IF EXISTS "IX_catalogue_entries_Territories";
            DROP INDEX IF EXISTS "IX_catalogue_entries_Themes";
            DELETE FROM catalogue_entries WHERE "Status" <> 'PUBLISHED' OR "ValuationMethod" IS NULL OR "Family" IS NULL;
            ALTER TABLE catalogue_entries ADD COLUMN "PublishedBy" character varying(128);
            UPDATE catalogue_entries SET "PublishedBy" = "UpdatedBy", "PublishedAt" = coalesce("PublishedAt", "UpdatedAt"),
                "ForfaitHours" = coalesce("ForfaitHours", "MaxHoursPerWeek");
            ALTER TABLE catalogue_entries
                DROP COLUMN "Scope", DROP COLUMN "OwnerOrganisation", DROP COLUMN "Status", DROP COLUMN "Version",
                DROP COLUMN "Description", DROP COLUMN "Dimension", DROP COLUMN "Mode", DROP COLUMN "Supervision", DROP COLUMN "Channel",
                DROP COLUMN "MaxHoursPerWeek", DROP COLUMN "MaxOccurrencesPerWeek", DROP COLUMN "MaxTotalHours", DROP COLUMN "ProofType",
                DROP COLUMN "CountsTowardWeeklyHours", DROP COLUMN "Eligibility", DROP COLUMN "Territories", DROP COLUMN "Themes",
                DROP COLUMN "ProviderType", DROP COLUMN "PartnerStructureId", DROP COLUMN "CapacityPerSession", DROP COLUMN "Accessibility",
                DROP COLUMN "Funding", DROP COLUMN "LegalConstraints", DROP COLUMN "ValidFrom", DROP COLUMN "ValidTo",
                DROP COLUMN "HourlyCosts", DROP COLUMN "CreatedAt", DROP COLUMN "CreatedBy", DROP COLUMN "UpdatedAt",
                DROP COLUMN "UpdatedBy", DROP COLUMN "SearchVector";
            ALTER TABLE catalogue_entries RENAME COLUMN "ValuationMethod" TO "Valuation";
            ALTER TABLE catalogue_entries ALTER COLUMN "Valuation" SET NOT NULL, ALTER COLUMN "Family" SET NOT NULL,
                ALTER COLUMN "ForfaitHours" SET NOT NULL, ALTER COLUMN "PublishedAt" SET NOT NULL, ALTER COLUMN "PublishedBy" SET NOT NULL;
            DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent;
            """);
    }
}
