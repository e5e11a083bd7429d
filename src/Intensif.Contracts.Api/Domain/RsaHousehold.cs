using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// The RSA household facts the platform needs (§3.1 rsaHousehold): its size and the single-parent majoration feed the
/// 50 % sanction cap (BR-29, R.262-68-6 CASF); children under 12 the childcare exemption (BR-05).
/// </summary>
public sealed record RsaHousehold(int Size, bool SingleParentMajoration, int ChildrenUnder12)
{
    /// <summary>A consistent household: at least the person; a single parent has a child; children are household members.</summary>
    public static RsaHousehold Check(int size, bool singleParentMajoration, int childrenUnder12)
    {
        if (size < 1)
            throw new RuleViolationException("rsa-household-inconsistent", "An RSA household counts at least the person.");
        if (singleParentMajoration && size < 2)
            throw new RuleViolationException("rsa-household-inconsistent", "The single-parent majoration needs at least one child in the household.");
        if (childrenUnder12 < 0 || childrenUnder12 > size - 1)
            throw new RuleViolationException("rsa-household-inconsistent", "Children under 12 are members of the household other than the person.");
        return new(size, singleParentMajoration, childrenUnder12);
    }

    /// <summary>BR-29: a household of more than one person, or with the single-parent majoration, is capped at 50 %.</summary>
    public bool CapsSanctions => Size > 1 || SingleParentMajoration;
}
