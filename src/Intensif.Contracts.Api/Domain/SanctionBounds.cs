using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>The legal bounds of a sanction decision (BR-27…BR-29). Checking them never decides anything (BR-30).</summary>
public static class SanctionBounds
{
    public const int MinimumRatePercent = 30;
    public const int FirstBreachMaxMonths = 2;
    public const int RepeatedMaxMonths = 4;
    /// <summary>R.262-68-6 CASF: household of more than one person or single-parent majoration.</summary>
    public const int RsaHouseholdCapPercent = 50;

    /// <summary>Returns whether the RSA household cap applied (the rate is then at most 50 %).</summary>
    public static bool Check(SanctionProposal p)
    {
        if (p.RatePercent is < MinimumRatePercent or > 100)
            throw Refuse("sanction-rate-out-of-bounds", $"A sanction removes at least {MinimumRatePercent} % and at most 100 % (R.5412-1, R.262-68).");
        if (p.DurationMonths < 1)
            throw Refuse("sanction-duration-out-of-bounds", "A sanction lasts at least one month.");
        if (p.Rank == SanctionRank.FIRST)
        {
            // a first breach is a suspension of 1 to 2 months (R.5412-1 1°, R.262-68 1°)
            if (p.Measure != SanctionMeasure.SUSPENSION)
                throw Refuse("sanction-measure-not-allowed", "A first breach can only lead to a suspension.");
            if (p.DurationMonths > FirstBreachMaxMonths)
                throw Refuse("sanction-duration-out-of-bounds", $"A first breach is sanctioned for 1 to {FirstBreachMaxMonths} months.");
        }
        else if (p.DurationMonths > RepeatedMaxMonths)
        {
            throw Refuse("sanction-duration-out-of-bounds", $"A repeated breach is sanctioned for at most {RepeatedMaxMonths} months.");
        }
        // radiation follows a total suppression of 4 months, for the same length (R.5412-1 3°); for RSA the PCD only proposes it
        if (p.Measure == SanctionMeasure.RADIATION && (p.Benefit == BenefitKind.RSA || p.DurationMonths != RepeatedMaxMonths))
            throw Refuse("sanction-measure-not-allowed", "Radiation applies to allowances only, for 4 months after a repeated breach; for RSA the PCD proposes it to France Travail.");
        if ((p.Measure is SanctionMeasure.SUPPRESSION_TOTALE or SanctionMeasure.RADIATION) && p.RatePercent != 100)
            throw Refuse("sanction-rate-out-of-bounds", "A total suppression or a radiation removes 100 %.");
        if (p.Measure == SanctionMeasure.SUPPRESSION_PARTIELLE && p.RatePercent == 100)
            throw Refuse("sanction-rate-out-of-bounds", "A partial suppression removes less than 100 %.");

        var capApplies = p.Benefit == BenefitKind.RSA && (p.HouseholdSize > 1 || p.SingleParentMajoration);
        if (capApplies && p.RatePercent > RsaHouseholdCapPercent)
            throw Refuse("sanction-household-cap", $"For this RSA household at most {RsaHouseholdCapPercent} % can be suspended or suppressed (R.262-68-6 CASF).");
        return capApplies;
    }

    private static RuleViolationException Refuse(string code, string message) => new(code, message);
}
