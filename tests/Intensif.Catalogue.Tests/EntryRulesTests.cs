using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure.Seed;

namespace Intensif.Catalogue.Tests;

public sealed class EntryRulesTests
{
    private static EntryDefinition Draft(ValuationRule? valuation = null) => new() { Label = "Atelier", Category = "Atelier", Valuation = valuation };

    [Fact]
    public void SR13_a_draft_without_family_dimension_supervision_valuation_and_proof_cannot_be_published()
    {
        Assert.Equal(["family", "dimension", "supervision", "valuation", "proofType"], EntryRules.MissingForPublication(Draft()));
    }

    [Theory]
    [InlineData(0, null, "valuation.forfaitHours")]
    [InlineData(36, null, "valuation.forfaitHours")]
    [InlineData(4, 3, "valuation")]
    public void A_forfait_is_positive_at_most_35_hours_and_within_its_weekly_cap(int forfait, int? maxWeek, string field)
    {
        var errors = EntryRules.Validate(Draft(new(ValuationMethod.FORFAIT_PAR_OCCURRENCE, forfait, maxWeek)));

        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public void Capped_real_time_needs_its_weekly_cap()
    {
        var errors = EntryRules.Validate(Draft(new(ValuationMethod.TEMPS_REEL_PLAFONNE, null)));

        Assert.Contains("valuation.maxHoursPerWeek", errors.Keys);
    }

    [Fact]
    public void Themes_and_publics_come_from_the_data_inclusion_vocabularies()
    {
        var errors = EntryRules.Validate(Draft() with
        {
            Themes = ["mobilite--preparer-un-permis", "cuisine"],
            Eligibility = new Eligibility { Publics = ["jeunes", "martiens"] },
        });

        Assert.Equal(["eligibility.publics", "themes"], errors.Keys.Order());
    }

    [Fact]
    public void Hourly_cost_periods_must_not_overlap()
    {
        var errors = EntryRules.Validate(Draft() with
        {
            HourlyCosts = [new(40m, new(2026, 1, 1), new(2026, 6, 30)), new(45m, new(2026, 6, 1))],
        });

        Assert.Contains("hourlyCosts", errors.Keys);
    }

    [Fact]
    public void The_50_national_seed_entries_are_well_formed_and_publishable()
    {
        Assert.Equal(50, NationalCatalogue.Entries.Select(e => e.Code).Distinct().Count());
        Assert.All(NationalCatalogue.Entries, e =>
        {
            Assert.Empty(EntryRules.Validate(e.Definition));
            Assert.Empty(EntryRules.MissingForPublication(e.Definition));
            Assert.NotEmpty(e.Definition.Themes);
        });
    }
}
