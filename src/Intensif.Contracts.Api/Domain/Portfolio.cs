using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>A référent's portfolio of people in intensive accompaniment (portefeuille).</summary>
public static class Portfolio
{
    /// <summary>
    /// BR-14 / SR-01: a référent never holds more than the cap (50, or the stricter local value) of active intensive
    /// episodes. <paramref name="activeIntensive"/> must be read while the portfolio is locked (see docs/contracts.md).
    /// </summary>
    public static void Assign(int activeIntensive, LocalPolicy policy)
    {
        if (activeIntensive >= policy.CapacityIntensive)
            throw new RuleViolationException("portfolio-full",
                $"This référent already follows {activeIntensive} people in intensive accompaniment; the cap is {policy.CapacityIntensive}. Rebalance the portfolio first.");
    }
}
