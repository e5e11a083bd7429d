using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Catalogue.Api.Infrastructure.Migrations;

/// <summary>
/// Partners' proposals (who proposed, where the review stands), the catalogue's copy of the partner structures (names
/// for the open-data export), and eligibility search columns the search trigger derives from "Eligibility": the
/// publics (an entry stating none counts as tous-publics, so the public filter is one GIN overlap) and the age bounds
/// (0 and 999 when open).
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261123110000_ProposalsStructuresEligibility")]
public sealed class ProposalsStructuresEligibility : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE catalogue_entries
                ADD COLUMN "ProposedBy" uuid,
                ADD COLUMN "ProposalStatus" character varying(16),
                ADD COLUMN "RejectionReason" character varying(1000),
                ADD COLUMN "ReviewedBy" character varying(128),
                ADD COLUMN "ReviewedAt" timestamp with time zone,
                ADD COLUMN "EligiblePublics" text[],
                ADD COLUMN "EligibleAgeMin" integer NOT NULL DEFAULT 0,
                ADD COLUMN "EligibleAgeMax" integer NOT NULL DEFAULT 999;

            CREATE OR REPLACE FUNCTION catalogue_entries_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW."SearchVector" :=
                    setweight(to_tsvector('french_unaccent', coalesce(NEW."Label", '')), 'A') ||
                    setweight(to_tsvector('french_unaccent', coalesce(NEW."Category", '') || ' ' || coalesce(NEW."Code", '')), 'B') ||
                    setweight(to_tsvector('french_unaccent', coalesce(NEW."Description", '')), 'C');
                NEW."EligiblePublics" := CASE
                    WHEN jsonb_typeof(NEW."Eligibility"->'publics') = 'array' AND jsonb_array_length(NEW."Eligibility"->'publics') > 0
                        THEN ARRAY(SELECT jsonb_array_elements_text(NEW."Eligibility"->'publics'))
                    ELSE ARRAY['tous-publics'] END;
                NEW."EligibleAgeMin" := coalesce((NEW."Eligibility"->>'ageMin')::integer, 0);
                NEW."EligibleAgeMax" := coalesce((NEW."Eligibility"->>'ageMax')::integer, 999);
                RETURN NEW;
            END $$;
            UPDATE catalogue_entries SET "Label" = "Label";
            ALTER TABLE catalogue_entries
                ALTER COLUMN "EligibleAgeMin" DROP DEFAULT,
                ALTER COLUMN "EligibleAgeMax" DROP DEFAULT;

            CREATE INDEX "IX_catalogue_entries_EligiblePublics" ON catalogue_entries USING gin ("EligiblePublics");
            CREATE INDEX "IX_catalogue_entries_ProposedBy_Code" ON catalogue_entries ("ProposedBy", "Code") WHERE "ProposedBy" IS NOT NULL;

            CREATE TABLE catalogue_structures (
                "StructureId" uuid NOT NULL,
                "Name" character varying(200) NOT NULL,
                "Type" character varying(64) NOT NULL,
                "Territories" text[] NOT NULL,
                "DescribedAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_catalogue_structures" PRIMARY KEY ("StructureId")
            );
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP TABLE IF EXISTS catalogue_structures;
            DROP INDEX IF EXISTS "IX_catalogue_entries_ProposedBy_Code";
            DROP INDEX IF EXISTS "IX_catalogue_entries_EligiblePublics";
            CREATE OR REPLACE FUNCTION catalogue_entries_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW."SearchVector" :=
                    setweight(to_tsvector('french_unaccent', coalesce(NEW."Label", '')), 'A') ||
                    setweight(to_tsvector('french_unaccent', coalesce(NEW."Category", '') || ' ' || coalesce(NEW."Code", '')), 'B') ||
                    setweight(to_tsvector('french_unaccent', coalesce(NEW."Description", '')), 'C');
                RETURN NEW;
            END $$;
            ALTER TABLE catalogue_entries
                DROP COLUMN "ProposedBy", DROP COLUMN "ProposalStatus", DROP COLUMN "RejectionReason", DROP COLUMN "ReviewedBy",
                DROP COLUMN "ReviewedAt", DROP COLUMN "EligiblePublics", DROP COLUMN "EligibleAgeMin", DROP COLUMN "EligibleAgeMax";
            """);
}
