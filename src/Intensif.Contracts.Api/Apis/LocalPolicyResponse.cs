using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record LocalPolicyResponse(
    string OrganismeId, bool IsNational, int CapacityIntensive, int IntensiveDurationMinMonths, int IntensiveDurationMaxMonths, decimal TargetWeeklyHoursDefault,
    int EarlyWorkSituationDeadlineWeeks, int AccompaniedShareMinPercent, int BreachMissedInterviews, int BreachWindowDays, int BreachWeeksFarBelowTarget)
{
    public static LocalPolicyResponse From(string organismeId, bool isNational, LocalPolicy p) =>
        new(organismeId, isNational, p.CapacityIntensive, p.IntensiveDurationMinMonths, p.IntensiveDurationMaxMonths, p.TargetWeeklyHoursDefault,
            p.EarlyWorkSituationDeadlineWeeks, p.AccompaniedShareMinPercent, p.Breach.MissedInterviews, p.Breach.WindowDays, p.Breach.WeeksFarBelowTarget);
}
