using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure.OpenData;

namespace Intensif.Catalogue.Tests.DataInclusion;

/// <summary>One test per rule of the import of a data·inclusion v1 service as a draft entry.</summary>
public sealed class DataInclusionImportTests
{
    private static DataInclusionService Service(IReadOnlyList<string>? zone = null, IReadOnlyList<string>? modes = null) => new()
    {
        Source = "dora", StructureId = "dora--42", Id = "dora--atelier-cv", Nom = "Atelier CV", Description = "Rédiger son CV en groupe.",
        DateMaj = new DateOnly(2025, 2, 14), Type = "atelier", Thematiques = ["preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"],
        Publics = ["jeunes"], ConditionsAcces = "Savoir lire", Frais = "gratuit", ModesAccueil = modes, ZoneEligibilite = zone,
    };

    [Fact]
    public void The_code_is_stable_per_importer_and_service_and_differs_between_organismes()
    {
        Assert.Equal(DataInclusionImport.CodeFor("org-1", "dora", "dora--1"), DataInclusionImport.CodeFor("org-1", "dora", "dora--1"));
        Assert.NotEqual(DataInclusionImport.CodeFor("org-1", "dora", "dora--1"), DataInclusionImport.CodeFor("org-2", "dora", "dora--1"));
        Assert.Matches("^DI-[0-9A-F]{12}$", DataInclusionImport.CodeFor(null, "dora", "dora--1"));
    }

    [Fact]
    public void Name_description_type_themes_publics_conditions_and_fees_are_carried_over_and_hours_are_left_to_complete()
    {
        var definition = DataInclusionImport.ToDefinition(Service());

        Assert.Equal(("Atelier CV", "Rédiger son CV en groupe.", "atelier"), (definition.Label, definition.Description, definition.Category));
        Assert.Equal(["preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"], definition.Themes);
        Assert.Equal(["jeunes"], definition.Eligibility.Publics);
        Assert.Equal(["Savoir lire"], definition.Eligibility.Prerequisites);
        Assert.Equal(["GRATUIT"], definition.Funding);
        Assert.Equal(["family", "dimension", "supervision", "valuation", "proofType"], EntryRules.MissingForPublication(definition));
    }

    [Theory]
    [InlineData(new[] { "en-presentiel", "a-distance" }, DeliveryChannel.HYBRIDE)]
    [InlineData(new[] { "en-presentiel" }, DeliveryChannel.PRESENTIEL)]
    [InlineData(new[] { "a-distance" }, DeliveryChannel.DISTANCIEL)]
    [InlineData(null, null)]
    public void Modes_accueil_become_the_channel(string[]? modes, DeliveryChannel? expected)
    {
        Assert.Equal(expected, DataInclusionImport.ToDefinition(Service(modes: modes)).Channel);
    }

    [Fact]
    public void Communes_count_for_their_departement_and_france_means_everywhere()
    {
        Assert.Equal(["75", "2A", "974"], DataInclusionImport.ToDefinition(Service(zone: ["75056", "75", "2A004", "97411"])).Territories);
        Assert.Empty(DataInclusionImport.ToDefinition(Service(zone: ["france"])).Territories);
        Assert.Empty(DataInclusionImport.ToDefinition(Service()).Territories);
    }

    [Theory]
    [InlineData("zone_eligibilite")]
    [InlineData("type")]
    [InlineData("source")]
    [InlineData("modes_accueil")]
    public void What_cannot_become_an_entry_is_an_error_on_its_field(string field)
    {
        var service = field switch
        {
            "zone_eligibilite" => Service(zone: ["200093201"]),   // an EPCI: its départements must be listed
            "type" => Service() with { Type = "cours" },
            "source" => Service() with { Source = "intensif" },
            _ => Service(modes: ["en-ligne"]),
        };
        Assert.Equal([field], DataInclusionImport.Errors(service).Keys);
        Assert.Empty(DataInclusionImport.Errors(Service()));
    }
}
