using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>The weekly activity duration the plan d'action fixes (durée hebdomadaire d'activité).</summary>
public sealed record WeeklyDuration(WeeklyDurationRegime Regime, decimal TargetHours, string? Justification, bool RequestedByBeneficiary)
{
    /// <summary>A raised target may not exceed a normal working week (SR-04, PROP).</summary>
    public const decimal MaximumHours = 35m;

    /// <summary>The policy's target, no justification needed (BR-03: 15 h by default).</summary>
    public static WeeklyDuration Standard(LocalPolicy policy) => new(WeeklyDurationRegime.STANDARD, policy.TargetWeeklyHoursDefault, null, false);

    /// <summary>
    /// BR-04: the target can be lowered or raised to fit the person, with a justification; BR-05: it can be removed
    /// (EXEMPT) only at the person's request, for particular and proven difficulties.
    /// </summary>
    public static WeeklyDuration Decide(
        WeeklyDurationRegime regime, decimal? hours, string? justification, bool requestedByBeneficiary, LocalPolicy policy)
    {
        var target = policy.TargetWeeklyHoursDefault;
        var why = string.IsNullOrWhiteSpace(justification) ? null : justification.Trim();
        if (regime != WeeklyDurationRegime.STANDARD && why is null)
            throw new RuleViolationException("justification-required", $"A weekly duration regime {regime} needs a justification (BR-04, BR-05).");
        switch (regime)
        {
            case WeeklyDurationRegime.STANDARD:
                if (hours is { } h && h != target)
                    throw Inconsistent($"STANDARD means the target of {target} h; use ADJUSTED_DOWN or ADJUSTED_UP for {h} h.");
                return new(regime, target, why, requestedByBeneficiary);
            case WeeklyDurationRegime.ADJUSTED_DOWN:
                if (hours is not { } down || down <= 0 || down >= target)
                    throw Inconsistent($"ADJUSTED_DOWN needs hours above 0 and below the target of {target} h.");
                return new(regime, down, why, requestedByBeneficiary);
            case WeeklyDurationRegime.ADJUSTED_UP:
                if (hours is not { } up || up <= target || up > MaximumHours)
                    throw Inconsistent($"ADJUSTED_UP needs hours above the target of {target} h and at most {MaximumHours} h.");
                return new(regime, up, why, requestedByBeneficiary);
            case WeeklyDurationRegime.EXEMPT:
                if (!requestedByBeneficiary)
                    throw new RuleViolationException("exemption-requires-beneficiary-request", "An exemption from the weekly duration is granted only at the person's request (BR-05).");
                if (hours is { } e && e != 0)
                    throw Inconsistent("EXEMPT means no weekly duration (0 h).");
                return new(regime, 0m, why, true);
            default:
                throw Inconsistent($"Unknown regime {regime}.");
        }
    }

    private static RuleViolationException Inconsistent(string message) => new("weekly-hours-inconsistent-with-regime", message);
}
