using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record PlanVersionResponse(
    int Number, IReadOnlyList<Objective> Objectives, IReadOnlyList<PlannedAction> Actions, string? WorkFirstJustification,
    IReadOnlyList<PlanWarning> Warnings, string? Reason, DateTimeOffset RecordedAt, string RecordedBy)
{
    public static PlanVersionResponse From(ActionPlanVersion v) =>
        new(v.Number, v.Objectives, v.Actions, v.WorkFirstJustification, v.Warnings, v.Reason, v.RecordedAt, v.RecordedBy);
}
