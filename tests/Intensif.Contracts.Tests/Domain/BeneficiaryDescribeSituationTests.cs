using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class BeneficiaryDescribeSituationTests
{
    private static string Refusal(Action act) => Assert.Throws<RuleViolationException>(act).Code;

    [Fact]
    public void Beneficiary_DescribeSituation_an_RSA_beneficiary_needs_the_household_facts_of_the_sanction_cap()
    {
        var person = Given.Person();

        Assert.Equal("rsa-household-required", Refusal(() => person.DescribeSituation([PublicType.RSA], null, Given.Today)));
        person.DescribeSituation([PublicType.RSA, PublicType.RQTH, PublicType.RSA], RsaHousehold.Check(3, true, 2), Given.Today);

        Assert.Equal([PublicType.RSA, PublicType.RQTH], person.Publics);
        Assert.True(person.RsaHousehold!.CapsSanctions);
        Assert.True(person.Receives(BenefitKind.RSA));
        Assert.False(person.Receives(BenefitKind.ALLOCATION_CHOMAGE));
    }

    [Fact]
    public void Beneficiary_DescribeSituation_only_an_RSA_beneficiary_has_an_RSA_household()
    {
        Assert.Equal("rsa-household-without-rsa",
            Refusal(() => Given.Person().DescribeSituation([PublicType.ARE], RsaHousehold.Check(1, false, 0), Given.Today)));
    }

    [Fact]
    public void Beneficiary_DescribeSituation_refuses_inconsistent_publics()
    {
        Assert.Equal("publics-inconsistent", Refusal(() => Given.Person().DescribeSituation([PublicType.SANS_ALLOCATION, PublicType.ASS], null, Given.Today)));
        // born in 1990: not a "jeune" (under 26) in 2026
        Assert.Equal("publics-inconsistent", Refusal(() => Given.Person().DescribeSituation([PublicType.JEUNE], null, Given.Today)));
    }

    [Fact]
    public void RsaHousehold_Check_a_single_parent_has_a_child_and_children_are_household_members()
    {
        Assert.Equal("rsa-household-inconsistent", Refusal(() => RsaHousehold.Check(1, true, 0)));
        Assert.Equal("rsa-household-inconsistent", Refusal(() => RsaHousehold.Check(2, false, 2)));
        Assert.False(RsaHousehold.Check(1, false, 0).CapsSanctions);
    }
}
