using Intensif.Testing;
using Intensif.Catalogue.Api.Domain;
using Intensif.Catalogue.Api.Infrastructure.OpenData;

namespace Intensif.Catalogue.Tests.DataInclusion;

/// <summary>One test per mapping rule of a published entry to data·inclusion v1 (docs/catalogue.md, data·inclusion).</summary>
public sealed class DataInclusionMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 23, 30, 0, TimeSpan.FromHours(-2));

    private static EntryDefinition Definition(string label = "Atelier CV") => new()
    {
        Label = label, Category = "Techniques de recherche d'emploi", Description = "Rédiger son CV avec une conseillère.",
    };

    private static CatalogueEntry Entry(EntryDefinition? definition = null, EntryScope scope = EntryScope.NATIONAL, string? owner = null) =>
        CatalogueEntry.Draft("TRE-CV-01", definition ?? Definition(), scope, owner, "test", Now);

    [Fact]
    public void Source_is_intensif_and_the_service_id_is_the_code_prefixed_by_it()
    {
        var service = DataInclusionMapper.ToService(Entry());
        Assert.Equal("intensif", service.Source);
        Assert.Equal("intensif--TRE-CV-01", service.Id);
    }

    [Fact]
    public void The_service_id_does_not_change_with_a_revision()
    {
        var entry = Entry();
        var before = DataInclusionMapper.ToService(entry).Id;
        entry.Revise(Definition("Atelier CV et lettre"), "test", Now.AddDays(3));
        Assert.Equal(before, DataInclusionMapper.ToService(entry).Id);
    }

    [Fact]
    public void National_entries_belong_to_the_national_fichier_metier_structure()
    {
        Assert.Equal(DataInclusionMapper.NationalStructureId, DataInclusionMapper.ToService(Entry()).StructureId);
    }

    [Fact]
    public void Local_entries_belong_to_their_organisme_and_a_named_partner_structure_comes_first()
    {
        var partner = Guid.Parse("0199a0c2-1111-7000-8000-000000000001");
        Assert.Equal("intensif--organisme-org-42", DataInclusionMapper.ToService(Entry(scope: EntryScope.LOCAL, owner: "org-42")).StructureId);
        Assert.Equal($"intensif--structure-{partner}",
            DataInclusionMapper.ToService(Entry(Definition() with { PartnerStructureId = partner }, EntryScope.LOCAL, "org-42")).StructureId);
    }

    [Fact]
    public void Nom_is_the_label_and_a_label_over_150_characters_is_cut_at_a_word_with_an_ellipsis()
    {
        var longLabel = string.Join(' ', Enumerable.Repeat("Atelier", 25));   // 199 characters
        Assert.Equal("Atelier CV", DataInclusionMapper.ToService(Entry()).Nom);
        var nom = DataInclusionMapper.ToService(Entry(Definition(longLabel))).Nom;
        Assert.InRange(nom.Length, 3, 150);
        Assert.EndsWith("Atelier…", nom);
    }

    [Fact]
    public void Description_is_kept_and_one_under_5_characters_becomes_label_and_category()
    {
        Assert.Equal("Rédiger son CV avec une conseillère.", DataInclusionMapper.ToService(Entry()).Description);
        var bare = DataInclusionMapper.ToService(Entry(Definition() with { Description = " ok " }));
        Assert.Equal("Atelier CV – Techniques de recherche d'emploi", bare.Description);
    }

    [Fact]
    public void Date_maj_is_the_utc_day_of_the_last_change()
    {
        Assert.Equal(new DateOnly(2026, 11, 25), DataInclusionMapper.ToService(Entry()).DateMaj);
    }

    [Fact]
    public void Thematiques_are_the_entry_themes_and_absent_when_there_are_none()
    {
        var themed = Entry(Definition() with { Themes = ["preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"] });
        Assert.Equal(["preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"], DataInclusionMapper.ToService(themed).Thematiques);
        Assert.Null(DataInclusionMapper.ToService(Entry()).Thematiques);
    }

    [Fact]
    public void Publics_are_the_eligible_publics_and_absent_when_none_is_stated()
    {
        var youth = Entry(Definition() with { Eligibility = new Eligibility { Publics = ["jeunes", "demandeurs-emploi"] } });
        Assert.Equal(["jeunes", "demandeurs-emploi"], DataInclusionMapper.ToService(youth).Publics);
        Assert.Null(DataInclusionMapper.ToService(Entry()).Publics);
    }

    [Theory]
    [InlineData(18, 25, "De 18 à 25 ans.")]
    [InlineData(26, null, "À partir de 26 ans.")]
    [InlineData(null, 25, "Jusqu'à 25 ans.")]
    [InlineData(null, null, null)]
    public void Publics_precisions_state_the_age_bounds(int? min, int? max, string? expected)
    {
        var entry = Entry(Definition() with { Eligibility = new Eligibility { AgeMin = min, AgeMax = max } });
        Assert.Equal(expected, DataInclusionMapper.ToService(entry).PublicsPrecisions);
    }

    [Fact]
    public void Conditions_acces_state_prerequisites_and_prescription_which_makes_it_mobilisable_by_professionals()
    {
        var prescribed = DataInclusionMapper.ToService(Entry(Definition() with
        {
            Eligibility = new Eligibility { Prerequisites = ["Permis B", "Véhicule"], PrescriptionRequired = true, PrescriberTypes = ["FT", "ML"] },
        }));
        var open = DataInclusionMapper.ToService(Entry());
        Assert.Equal("Prérequis : Permis B ; Véhicule. Sur prescription (FT, ML).", prescribed.ConditionsAcces);
        Assert.Equal(["professionnels"], prescribed.MobilisablePar);
        Assert.Null(open.ConditionsAcces);
        Assert.Null(open.MobilisablePar);
    }

    [Theory]
    [InlineData(DeliveryChannel.PRESENTIEL, new[] { "en-presentiel" })]
    [InlineData(DeliveryChannel.DISTANCIEL, new[] { "a-distance" })]
    [InlineData(DeliveryChannel.HYBRIDE, new[] { "en-presentiel", "a-distance" })]
    [InlineData(null, null)]
    public void Modes_accueil_follow_the_channel(DeliveryChannel? channel, string[]? expected)
    {
        Assert.Equal(expected, DataInclusionMapper.ToService(Entry(Definition() with { Channel = channel })).ModesAccueil);
    }

    [Fact]
    public void Frais_is_gratuit_only_when_the_funding_says_so_and_an_hourly_cost_says_nothing_about_fees()
    {
        var free = Entry(Definition() with { Funding = ["GRATUIT", "CD"] });
        var costed = Entry(Definition() with { Funding = ["CD"], HourlyCosts = [new HourlyCost(38.5m, new DateOnly(2026, 1, 1))] });
        Assert.Equal("gratuit", DataInclusionMapper.ToService(free).Frais);
        Assert.Null(DataInclusionMapper.ToService(costed).Frais);
    }

    [Fact]
    public void Zone_eligibilite_is_the_departements_or_france_when_the_entry_applies_everywhere()
    {
        Assert.Equal(["75", "2A"], DataInclusionMapper.ToService(Entry(Definition() with { Territories = ["75", "2A"] })).ZoneEligibilite);
        Assert.Equal(["france"], DataInclusionMapper.ToService(Entry()).ZoneEligibilite);
    }

    [Fact]
    public void Unknown_fields_are_absent_type_included()
    {
        Assert.Null(DataInclusionMapper.ToService(Entry(Definition() with { Mode = DeliveryMode.COLLECTIF })).Type);
    }

    [Fact]
    public void Structures_are_one_per_provider_dated_by_the_latest_change_of_their_services()
    {
        var national = DataInclusionMapper.StructureOf(EntryScope.NATIONAL, null, null);
        var organisme = DataInclusionMapper.StructureOf(EntryScope.LOCAL, "org-42", null);

        var structures = DataInclusionMapper.ToStructures([(national, Now), (organisme, Now.AddDays(-10)), (national, Now.AddDays(-30))]);

        Assert.Equal([DataInclusionMapper.NationalStructureId, "intensif--organisme-org-42"], structures.Select(s => s.Id));
        Assert.All(structures, s => Assert.Equal("intensif", s.Source));
        Assert.Equal(new DateOnly(2026, 11, 25), structures[0].DateMaj);
        Assert.Equal("Organisme org-42", structures[1].Nom);
    }

    [Fact]
    public void A_described_partner_structure_is_exported_with_its_name_its_siret_its_network_and_the_date_of_its_own_change()
    {
        var id = Guid.Parse("0199a0c2-3333-7000-8000-000000000003");
        var partner = DataInclusionMapper.StructureOf(EntryScope.LOCAL, "org-42", id);
        var described = PartnerStructure.Unknown(id);
        described.Describe("  PLIE Sud Essonne. ", "PLIE", ["91"], "13003013300016", Now.AddDays(-40));

        var structure = Assert.Single(DataInclusionMapper.ToStructures([(partner, Now)], new Dictionary<Guid, PartnerStructure> { [id] = described }));

        Assert.Equal($"intensif--structure-{id}", structure.Id);
        Assert.Equal("PLIE Sud Essonne", structure.Nom);   // v1: a name does not end with a full stop
        Assert.Equal(["plie"], structure.ReseauxPorteurs);
        Assert.Equal("13003013300016", structure.Siret);
        Assert.Equal(DateOnly.FromDateTime(Now.AddDays(-40).UtcDateTime), structure.DateMaj);
    }

    [Fact]
    public void A_partner_structure_not_described_yet_keeps_its_identity_name_and_no_network()
    {
        var id = Guid.Parse("0199a0c2-4444-7000-8000-000000000004");
        var partner = DataInclusionMapper.StructureOf(EntryScope.LOCAL, "org-42", id);
        var association = PartnerStructure.Unknown(id);
        association.Describe("Vélo-École du Val", "ASSOCIATION_MOBILITE", ["75"], null, Now);

        var unknown = Assert.Single(DataInclusionMapper.ToStructures([(partner, Now)], new Dictionary<Guid, PartnerStructure>()));
        var noNetwork = Assert.Single(DataInclusionMapper.ToStructures([(partner, Now)], new Dictionary<Guid, PartnerStructure> { [id] = association }));

        Assert.Equal($"Structure partenaire {id}", unknown.Nom);
        Assert.Null(unknown.ReseauxPorteurs);
        Assert.Equal("Vélo-École du Val", noNetwork.Nom);
        Assert.Null(noNetwork.ReseauxPorteurs);
        Assert.Null(noNetwork.Siret);
    }

    [Fact]
    public void Every_partner_network_is_a_data_inclusion_v1_reseau_porteur()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SharedSchemas.DataInclusionV1("structure.json")));
        var networks = schema.RootElement.GetProperty("$defs").GetProperty("ReseauPorteur").GetProperty("enum").EnumerateArray()
            .Select(n => n.GetString()).ToHashSet();
        string[] types = ["O2R", "PLIE", "SIAE_ACI", "SIAE_EI", "SIAE_AI", "SIAE_ETTI", "EA", "CONSEIL_REGIONAL", "CCAS", "CAF", "CPAM",
            "MISSION_LOCALE", "FT", "CAP_EMPLOI", "CD", "ASSOCIATION_SANTE", "ENTREPRISE"];

        Assert.All(types.Select(PartnerNetworks.Of).OfType<string>(), network => Assert.Contains(network, networks));
        Assert.Equal("aci", PartnerNetworks.Of("SIAE_ACI"));
        Assert.Null(PartnerNetworks.Of("O2R"));
    }
}
