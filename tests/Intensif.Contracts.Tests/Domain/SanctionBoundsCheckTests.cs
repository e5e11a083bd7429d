using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class SanctionBoundsCheckTests
{
    private static string Refusal(SanctionProposal p) => Assert.Throws<RuleViolationException>(() => SanctionBounds.Check(p)).Code;

    [Fact]
    public void SanctionBounds_Check_accepts_a_first_breach_suspension_of_30_percent_for_1_to_2_months()
    {
        Assert.False(SanctionBounds.Check(new(BenefitKind.ALLOCATION_CHOMAGE, SanctionRank.FIRST, SanctionMeasure.SUSPENSION, 30, 1)));
        Assert.False(SanctionBounds.Check(new(BenefitKind.RSA, SanctionRank.FIRST, SanctionMeasure.SUSPENSION, 100, 2)));
    }

    [Fact]
    public void SanctionBounds_Check_refuses_a_rate_below_30_percent()
    {
        Assert.Equal("sanction-rate-out-of-bounds", Refusal(new(BenefitKind.ALLOCATION_CHOMAGE, SanctionRank.FIRST, SanctionMeasure.SUSPENSION, 29, 1)));
    }

    [Fact]
    public void SanctionBounds_Check_a_first_breach_is_a_suspension_of_at_most_2_months()
    {
        Assert.Equal("sanction-duration-out-of-bounds", Refusal(new(BenefitKind.RSA, SanctionRank.FIRST, SanctionMeasure.SUSPENSION, 30, 3)));
        Assert.Equal("sanction-measure-not-allowed", Refusal(new(BenefitKind.ALLOCATION_CHOMAGE, SanctionRank.FIRST, SanctionMeasure.SUPPRESSION_PARTIELLE, 30, 1)));
    }

    [Fact]
    public void SanctionBounds_Check_a_repeated_breach_goes_up_to_4_months_never_5()
    {
        SanctionBounds.Check(new(BenefitKind.ALLOCATION_CHOMAGE, SanctionRank.REPEATED, SanctionMeasure.SUPPRESSION_TOTALE, 100, 4));
        SanctionBounds.Check(new(BenefitKind.ALLOCATION_CHOMAGE, SanctionRank.REPEATED, SanctionMeasure.RADIATION, 100, 4));
        Assert.Equal("sanction-duration-out-of-bounds", Refusal(new(BenefitKind.RSA, SanctionRank.REPEATED, SanctionMeasure.SUSPENSION, 50, 5)));
        Assert.Equal("sanction-measure-not-allowed", Refusal(new(BenefitKind.RSA, SanctionRank.REPEATED, SanctionMeasure.RADIATION, 100, 4)));
    }

    [Fact]
    public void SanctionBounds_Check_caps_RSA_households_of_more_than_one_person_or_single_parents_at_50_percent()
    {
        Assert.True(SanctionBounds.Check(new(BenefitKind.RSA, SanctionRank.REPEATED, SanctionMeasure.SUPPRESSION_PARTIELLE, 50, 3, HouseholdSize: 3)));
        Assert.Equal("sanction-household-cap", Refusal(new(BenefitKind.RSA, SanctionRank.FIRST, SanctionMeasure.SUSPENSION, 60, 1, HouseholdSize: 2)));
        Assert.Equal("sanction-household-cap", Refusal(new(BenefitKind.RSA, SanctionRank.FIRST, SanctionMeasure.SUSPENSION, 60, 1, SingleParentMajoration: true)));
        Assert.False(SanctionBounds.Check(new(BenefitKind.RSA, SanctionRank.FIRST, SanctionMeasure.SUSPENSION, 60, 1)));
    }
}
