using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class LocalPolicyTightenTests
{
    [Fact]
    public void LocalPolicy_Tighten_accepts_Herault_2_to_6_months_and_a_lower_cap()
    {
        var policy = LocalPolicy.Tighten(40, 2, 6, 20m);
        Assert.Equal(new LocalPolicy(40, 2, 6, 20m), policy);
    }

    [Theory]
    [InlineData(51, 2, 6, 15)]   // cap above 50 (BR-14)
    [InlineData(0, 2, 6, 15)]
    [InlineData(50, 0, 6, 15)]   // below the frame
    [InlineData(50, 2, 13, 15)]  // beyond 12 months
    [InlineData(50, 7, 6, 15)]   // min after max
    [InlineData(50, 2, 6, 14)]   // weekly target below the 15 h default (BR-03)
    public void LocalPolicy_Tighten_refuses_anything_looser_than_the_national_rules(int cap, int min, int max, decimal hours)
    {
        var refused = Assert.Throws<RuleViolationException>(() => LocalPolicy.Tighten(cap, min, max, hours));
        Assert.Equal("policy-looser-than-national", refused.Code);
    }

    [Fact]
    public void LocalPolicy_Tighten_the_work_first_deadline_can_only_shorten_and_the_accompanied_share_only_rise()
    {
        var policy = LocalPolicy.Tighten(50, 2, 6, 15m, 4, 60);
        Assert.Equal((4, 60), (policy.EarlyWorkSituationDeadlineWeeks, policy.AccompaniedShareMinPercent));
        Assert.Equal("policy-looser-than-national", Assert.Throws<RuleViolationException>(() => LocalPolicy.Tighten(50, 2, 6, 15m, 9, 50)).Code);
        Assert.Equal("policy-looser-than-national", Assert.Throws<RuleViolationException>(() => LocalPolicy.Tighten(50, 2, 6, 15m, 8, 40)).Code);
    }
}
