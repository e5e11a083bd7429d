using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// The parameters an organisme (or a convention) sets locally (domain reference §4.3). BR-25: they can only tighten
/// the national rules, never loosen them.
/// </summary>
public sealed record LocalPolicy(int CapacityIntensive, int IntensiveDurationMinMonths, int IntensiveDurationMaxMonths, decimal TargetWeeklyHoursDefault)
{
    /// <summary>BR-14: at most 50 people in intensive accompaniment per référent.</summary>
    public const int NationalCapacity = 50;
    /// <summary>BR-03: 15 h a week as the legal default.</summary>
    public const decimal NationalWeeklyHours = 15m;
    /// <summary>BR-18 fixes no national bound; 1–12 months is our frame (PROP), 12 being the O2R maximum (BR-33).</summary>
    public const int FrameMinMonths = 1;
    public const int FrameMaxMonths = 12;

    public static readonly LocalPolicy National = new(NationalCapacity, FrameMinMonths, FrameMaxMonths, NationalWeeklyHours);

    /// <summary>Checks that a local policy is within the national frame (BR-25, SR-01).</summary>
    public static LocalPolicy Tighten(int capacityIntensive, int durationMinMonths, int durationMaxMonths, decimal targetWeeklyHoursDefault)
    {
        if (capacityIntensive is < 1 or > NationalCapacity)
            throw new RuleViolationException("policy-looser-than-national", $"The intensive portfolio cap must be between 1 and {NationalCapacity} (BR-14).");
        if (durationMinMonths < FrameMinMonths || durationMaxMonths > FrameMaxMonths || durationMinMonths > durationMaxMonths)
            throw new RuleViolationException("policy-looser-than-national", $"Intensive durations must satisfy {FrameMinMonths} ≤ min ≤ max ≤ {FrameMaxMonths} months.");
        if (targetWeeklyHoursDefault < NationalWeeklyHours || targetWeeklyHoursDefault > WeeklyDuration.MaximumHours)
            throw new RuleViolationException("policy-looser-than-national", $"The default weekly target must be between {NationalWeeklyHours} and {WeeklyDuration.MaximumHours} h (BR-03).");
        return new(capacityIntensive, durationMinMonths, durationMaxMonths, targetWeeklyHoursDefault);
    }
}
