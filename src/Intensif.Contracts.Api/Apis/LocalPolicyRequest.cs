using System.ComponentModel.DataAnnotations;

namespace Intensif.Contracts.Api.Apis;

/// <summary>An organisme's local parameters (§4.3); they can only be stricter than the national rules (BR-25).</summary>
public sealed record LocalPolicyRequest
{
    [Required, Range(1, 50)] public int? CapacityIntensive { get; init; }
    [Required, Range(1, 12)] public int? IntensiveDurationMinMonths { get; init; }
    [Required, Range(1, 12)] public int? IntensiveDurationMaxMonths { get; init; }
    [Required, Range(15, 35)] public decimal? TargetWeeklyHoursDefault { get; init; }
    /// <summary>SR-07: weeks after the intensive start by which a professional placement is planned (national 8).</summary>
    [Range(1, 8)] public int? EarlyWorkSituationDeadlineWeeks { get; init; }
    /// <summary>SR-05: minimum share of accompanied hours in the plan, in % (national 50, PROP).</summary>
    [Range(50, 100)] public int? AccompaniedShareMinPercent { get; init; }
    /// <summary>SR-11: unjustified missed entretiens before the platform proposes a breach file (national 2, PROP; 2–6).</summary>
    [Range(2, 6)] public int? BreachMissedInterviews { get; init; }
    /// <summary>SR-11: the window in days those entretiens fall within (national 60, PROP; 14–60).</summary>
    [Range(14, 60)] public int? BreachWindowDays { get; init; }
    /// <summary>SR-11: consecutive closed weeks below half their target with no motif légitime (national 3, PROP; 3–8).</summary>
    [Range(3, 8)] public int? BreachWeeksFarBelowTarget { get; init; }
}
