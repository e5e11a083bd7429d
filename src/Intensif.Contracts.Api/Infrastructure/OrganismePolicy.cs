using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Infrastructure;

/// <summary>The stored local policy of an organisme (§4.3); absent means the national rules.</summary>
public sealed class OrganismePolicy
{
    public string OrganismeId { get; set; } = "";
    public int CapacityIntensive { get; set; }
    public int IntensiveDurationMinMonths { get; set; }
    public int IntensiveDurationMaxMonths { get; set; }
    public decimal TargetWeeklyHoursDefault { get; set; }
    public int EarlyWorkSituationDeadlineWeeks { get; set; }
    public int AccompaniedShareMinPercent { get; set; }
    public int BreachMissedInterviews { get; set; } = BreachThresholds.NationalMissedInterviews;
    public int BreachWindowDays { get; set; } = BreachThresholds.NationalWindowDays;
    public int BreachWeeksFarBelowTarget { get; set; } = BreachThresholds.NationalWeeksFarBelowTarget;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public LocalPolicy ToPolicy() => new(CapacityIntensive, IntensiveDurationMinMonths, IntensiveDurationMaxMonths, TargetWeeklyHoursDefault,
        EarlyWorkSituationDeadlineWeeks, AccompaniedShareMinPercent)
    {
        Breach = new BreachThresholds(BreachMissedInterviews, BreachWindowDays, BreachWeeksFarBelowTarget),
    };
}
