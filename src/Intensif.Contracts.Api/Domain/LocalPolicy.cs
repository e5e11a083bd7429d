using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// The parameters an organisme (or a convention) sets locally (domain reference §4.3). BR-25: they can only tighten
/// the national rules, never loosen them.
/// </summary>
public sealed record LocalPolicy(
    int CapacityIntensive, int IntensiveDurationMinMonths, int IntensiveDurationMaxMonths, decimal TargetWeeklyHoursDefault,
    int EarlyWorkSituationDeadlineWeeks = LocalPolicy.NationalEarlyWorkWeeks, int AccompaniedShareMinPercent = LocalPolicy.NationalAccompaniedShareMin)
{
    /// <summary>SR-07 (BR-19 has no number): a professional placement within 8 weeks of the intensive start, the loosest of the 4–8 weeks seen locally (PROP).</summary>
    public const int NationalEarlyWorkWeeks = 8;
    /// <summary>SR-05 (BR-20, threshold unknown, Q3): at least half of the planned hours accompanied (PROP until the annex is read).</summary>
    public const int NationalAccompaniedShareMin = 50;
    /// <summary>BR-14: at most 50 people in intensive accompaniment per référent.</summary>
    public const int NationalCapacity = 50;
    /// <summary>BR-03: 15 h a week as the legal default.</summary>
    public const decimal NationalWeeklyHours = 15m;
    /// <summary>BR-18 fixes no national bound; 1–12 months is our frame (PROP), 12 being the O2R maximum (BR-33).</summary>
    public const int FrameMinMonths = 1;
    public const int FrameMaxMonths = 12;

    /// <summary>When the platform proposes a breach file from Scheduling's events (SR-11); national PROP values unless tightened.</summary>
    public BreachThresholds Breach { get; init; } = BreachThresholds.National;

    public static readonly LocalPolicy National = new(NationalCapacity, FrameMinMonths, FrameMaxMonths, NationalWeeklyHours);

    /// <summary>Checks that a local policy is within the national frame (BR-25, SR-01).</summary>
    public static LocalPolicy Tighten(int capacityIntensive, int durationMinMonths, int durationMaxMonths, decimal targetWeeklyHoursDefault,
        int earlyWorkSituationDeadlineWeeks = NationalEarlyWorkWeeks, int accompaniedShareMinPercent = NationalAccompaniedShareMin)
    {
        if (earlyWorkSituationDeadlineWeeks is < 1 or > NationalEarlyWorkWeeks)
            throw new RuleViolationException("policy-looser-than-national", $"The work-first deadline must be between 1 and {NationalEarlyWorkWeeks} weeks (SR-07).");
        if (accompaniedShareMinPercent is < NationalAccompaniedShareMin or > 100)
            throw new RuleViolationException("policy-looser-than-national", $"The minimum accompanied share must be between {NationalAccompaniedShareMin} and 100 % (SR-05).");
        if (capacityIntensive is < 1 or > NationalCapacity)
            throw new RuleViolationException("policy-looser-than-national", $"The intensive portfolio cap must be between 1 and {NationalCapacity} (BR-14).");
        if (durationMinMonths < FrameMinMonths || durationMaxMonths > FrameMaxMonths || durationMinMonths > durationMaxMonths)
            throw new RuleViolationException("policy-looser-than-national", $"Intensive durations must satisfy {FrameMinMonths} ≤ min ≤ max ≤ {FrameMaxMonths} months.");
        if (targetWeeklyHoursDefault < NationalWeeklyHours || targetWeeklyHoursDefault > WeeklyDuration.MaximumHours)
            throw new RuleViolationException("policy-looser-than-national", $"The default weekly target must be between {NationalWeeklyHours} and {WeeklyDuration.MaximumHours} h (BR-03).");
        return new(capacityIntensive, durationMinMonths, durationMaxMonths, targetWeeklyHoursDefault, earlyWorkSituationDeadlineWeeks, accompaniedShareMinPercent);
    }
}
