using Intensif.Partners.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Partners.Tests.Domain;

public sealed class PartnerStructureRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static StructureProfile Profile(string type = "PLIE", string territory = "34", string theme = "MOBILITE", PartnerConvention? convention = null) =>
        new("PLIE", type, [territory], [theme], [], convention is null ? [] : [convention], false, false, false);

    [Theory]
    [InlineData("73282932000074", true)]
    [InlineData("73282932000075", false)]
    [InlineData("", false)]
    [InlineData("7328293200007A", false)]
    public void A_siret_is_valid_only_when_its_luhn_check_digit_matches(string siret, bool valid) =>
        Assert.Equal(valid, Luhn.IsValid(siret));

    [Fact]
    public void Registration_refuses_a_siret_with_a_wrong_check_digit() =>
        Assert.Equal("invalid-siret", Assert.Throws<RuleViolationException>(() => PartnerStructure.Register("73282932000075", Profile(), "op", Now)).Code);

    [Theory]
    [InlineData("PLIEX", "34", "MOBILITE", "unknown-structure-type")]
    [InlineData("PLIE", "100", "MOBILITE", "unknown-territory")]
    [InlineData("PLIE", "34", "CUISINE", "unknown-theme")]
    public void A_profile_uses_only_the_codes_of_the_domain_reference(string type, string territory, string theme, string code) =>
        Assert.Equal(code, Assert.Throws<RuleViolationException>(() => PartnerStructure.Register("73282932000074", Profile(type, territory, theme), "op", Now)).Code);

    [Fact]
    public void A_convention_ends_after_it_starts_and_funds_at_least_one_place()
    {
        var backwards = new PartnerConvention("CD34", new DateOnly(2026, 6, 1), new DateOnly(2026, 1, 1), 10);
        var noPlace = new PartnerConvention("CD34", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 1), 0);

        Assert.Equal("invalid-convention", Assert.Throws<RuleViolationException>(() => PartnerStructure.Register("73282932000074", Profile(convention: backwards), "op", Now)).Code);
        Assert.Equal("invalid-convention", Assert.Throws<RuleViolationException>(() => PartnerStructure.Register("73282932000074", Profile(convention: noPlace), "op", Now)).Code);
    }

    [Fact]
    public void Describing_a_structure_keeps_its_siret_and_normalises_its_lists()
    {
        var structure = PartnerStructure.Register("73282932000074", Profile(), "op", Now);

        structure.Describe(new StructureProfile(" Mobilité 34 ", "ASSOCIATION_MOBILITE", ["34", "30", "34"], ["SANTE", "MOBILITE"], [], [], true, true, true), Now.AddDays(1));

        Assert.Equal("73282932000074", structure.Siret);
        Assert.Equal("Mobilité 34", structure.Name);
        Assert.Equal(["30", "34"], structure.Territories);
        Assert.Equal(["MOBILITE", "SANTE"], structure.Themes);
        Assert.Equal(Now.AddDays(1), structure.UpdatedAt);
    }

    [Fact]
    public void Every_type_of_the_domain_reference_is_known()
    {
        string[] reference = ["O2R", "PLIE", "SIAE_ACI", "SIAE_EI", "SIAE_AI", "SIAE_ETTI", "EA", "ASSOCIATION_SANTE", "ASSOCIATION_LOGEMENT",
            "ASSOCIATION_MOBILITE", "ASSOCIATION_AUTRE", "CONSEIL_REGIONAL", "ORGANISME_FORMATION", "RESEAU_CREATION", "CCAS", "CAF", "CPAM",
            "ENTREPRISE", "COLLECTIVITE", "CEP_OPERATEUR", "MISSION_LOCALE", "FT", "CAP_EMPLOI", "CD"];
        Assert.Equal(reference.Order(), StructureTypes.All.Keys.Order());
    }
}
