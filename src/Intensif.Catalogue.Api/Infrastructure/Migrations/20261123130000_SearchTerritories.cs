using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Catalogue.Api.Infrastructure.Migrations;

/// <summary>
/// The territory filter as a single GIN overlap: the search trigger derives "SearchTerritories" (the départements, or
/// "*" for an entry offered everywhere), whose GIN index combines with the full-text one (BitmapAnd). It replaces the
/// GIN index on "Territories", which the "OR no territory" condition kept from serving.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261123130000_SearchTerritories")]
public sealed class SearchTerritories : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE catalogue_entries ADD COLUMN "SearchTerritories" text[];

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
                NEW."SearchTerritories" := CASE WHEN cardinality(NEW."Territories") = 0 THEN ARRAY['*'] ELSE NEW."Territories" END;
                RETURN NEW;
            END $$;
            UPDATE catalogue_entries SET "Label" = "Label";

            DROP INDEX IF EXISTS "IX_catalogue_entries_Territories";
            CREATE INDEX "IX_catalogue_entries_SearchTerritories" ON catalogue_entries USING gin ("SearchTerritories");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS "IX_catalogue_entries_SearchTerritories";
            CREATE INDEX "IX_catalogue_entries_Territories" ON catalogue_entries USING gin ("Territories");
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
            ALTER TABLE catalogue_entries DROP COLUMN "SearchTerritories";
            """);
}
