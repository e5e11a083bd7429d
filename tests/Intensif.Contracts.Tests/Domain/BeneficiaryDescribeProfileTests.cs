using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Tests.Domain;

public sealed class BeneficiaryDescribeProfileTests
{
    [Fact]
    public void Beneficiary_DescribeProfile_sets_sex_and_QPV_and_a_value_not_given_keeps_the_recorded_one()
    {
        var person = Given.Person();

        person.DescribeProfile(Sex.F, null);
        var afterSex = (person.Sex, person.Qpv);
        person.DescribeProfile(null, true);

        Assert.Equal(((Sex?)Sex.F, (bool?)null), afterSex);
        Assert.Equal(((Sex?)Sex.F, (bool?)true), (person.Sex, person.Qpv));
    }
}
