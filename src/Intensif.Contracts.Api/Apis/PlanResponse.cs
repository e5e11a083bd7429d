using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>A plan d'action with its current warnings (SR-05, SR-07, hours below target) and its totals.</summary>
public sealed record PlanResponse(
    Guid ContractId, int Version, IReadOnlyList<Objective> Objectives, IReadOnlyList<PlannedAction> Actions, string? WorkFirstJustification,
    decimal TargetWeeklyHours, decimal PlannedWeeklyHours, decimal? AccompaniedSharePercent, IReadOnlyList<PlanWarning> Warnings,
    DateTimeOffset UpdatedAt, string UpdatedBy)
{
    public static PlanResponse From(ActionPlan p, decimal targetWeeklyHours, IReadOnlyList<PlanWarning> warnings) => new(
        p.ContractId, p.Version, p.Objectives, p.Actions, p.WorkFirstJustification, targetWeeklyHours, PlanWarnings.PlannedWeeklyHours(p.Actions),
        PlanWarnings.AccompaniedSharePercent(p.Actions), warnings, p.UpdatedAt, p.UpdatedBy);
}
