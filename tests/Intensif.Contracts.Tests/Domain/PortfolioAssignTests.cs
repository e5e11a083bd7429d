using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class PortfolioAssignTests
{
    [Fact]
    public void Portfolio_Assign_accepts_the_50th_intensive_beneficiary()
    {
        Portfolio.Assign(49, LocalPolicy.National);
    }

    [Fact]
    public void Portfolio_Assign_refuses_a_51st_intensive_beneficiary_with_portfolio_full()
    {
        var refused = Assert.Throws<RuleViolationException>(() => Portfolio.Assign(50, LocalPolicy.National));
        Assert.Equal("portfolio-full", refused.Code);
    }

    [Fact]
    public void Portfolio_Assign_applies_a_stricter_local_cap()
    {
        var policy = LocalPolicy.Tighten(30, 2, 6, 15m);
        Portfolio.Assign(29, policy);
        Assert.Equal("portfolio-full", Assert.Throws<RuleViolationException>(() => Portfolio.Assign(30, policy)).Code);
    }
}
