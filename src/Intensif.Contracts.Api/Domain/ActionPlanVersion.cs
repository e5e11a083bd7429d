namespace Intensif.Contracts.Api.Domain;

/// <summary>A version of a contract's plan d'action: the plan as it stood, the warnings then, who and when.</summary>
public sealed class ActionPlanVersion
{
    public Guid ContractId { get; private set; }
    public int Number { get; private set; }
    public IReadOnlyList<Objective> Objectives { get; private set; } = [];
    public IReadOnlyList<PlannedAction> Actions { get; private set; } = [];
    public string? WorkFirstJustification { get; private set; }
    public IReadOnlyList<PlanWarning> Warnings { get; private set; } = [];
    public string? Reason { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    private ActionPlanVersion() { }

    internal static ActionPlanVersion Of(ActionPlan plan, IReadOnlyList<PlanWarning> warnings, string? reason, DateTimeOffset now, string by) => new()
    {
        ContractId = plan.ContractId,
        Number = plan.Version,
        Objectives = plan.Objectives,
        Actions = plan.Actions,
        WorkFirstJustification = plan.WorkFirstJustification,
        Warnings = warnings,
        Reason = reason,
        RecordedAt = now,
        RecordedBy = by,
    };
}
