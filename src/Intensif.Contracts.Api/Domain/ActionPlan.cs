using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// The plan d'action of a contract (§3.7, BR-02): objectives in the three tables and the planned actions. BR-23: it
/// is co-built and adjusted continuously, so every change is a new <see cref="ActionPlanVersion"/>.
/// </summary>
public sealed class ActionPlan
{
    public Guid ContractId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public int Version { get; private set; }
    public IReadOnlyList<Objective> Objectives { get; private set; } = [];
    public IReadOnlyList<PlannedAction> Actions { get; private set; } = [];
    public string? WorkFirstJustification { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    private ActionPlan() { }

    public PlanContent Content => new(Objectives, Actions, WorkFirstJustification);

    /// <summary>Writes the plan of <paramref name="contract"/> (creating it when <paramref name="current"/> is null) as a new version.</summary>
    public static (ActionPlan Plan, ActionPlanVersion Version) Revise(
        ActionPlan? current, Contract contract, PlanContent content, IReadOnlyList<PlanWarning> warnings, string? reason, DateTimeOffset now, string by)
    {
        if (contract.Status == ContractStatus.CLOSED)
            throw new RuleViolationException("invalid-contract-transition", "The plan of a closed contract cannot change.");
        Check(current?.Objectives ?? [], content);
        var plan = current ?? new ActionPlan { ContractId = contract.Id, OrganismeId = contract.OrganismeId };
        plan.Version++;
        plan.Objectives = content.Objectives;
        plan.Actions = content.Actions;
        plan.WorkFirstJustification = string.IsNullOrWhiteSpace(content.WorkFirstJustification) ? null : content.WorkFirstJustification.Trim();
        plan.UpdatedAt = now;
        plan.UpdatedBy = by;
        return (plan, ActionPlanVersion.Of(plan, warnings, reason, now, by));
    }

    private static void Check(IReadOnlyList<Objective> before, PlanContent content)
    {
        var duplicated = content.Objectives.GroupBy(o => o.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicated is not null)
            throw new RuleViolationException("objective-duplicated", $"The objective {duplicated.Key} appears twice.");
        var now = content.Objectives.ToDictionary(o => o.Code);
        foreach (var previous in before)
        {
            // the history of an objective is kept: once worked on, it is abandoned rather than removed, and a reached one stays reached
            if (!now.TryGetValue(previous.Code, out var next))
            {
                if (previous.Status != ObjectiveStatus.NOT_STARTED)
                    throw new RuleViolationException("objective-removal-not-allowed", $"The objective {previous.Code} was {previous.Status}: mark it ABANDONED instead of removing it.");
            }
            else if (previous.Status == ObjectiveStatus.REACHED && next.Status != ObjectiveStatus.REACHED)
            {
                throw new RuleViolationException("objective-reached-is-final", $"The objective {previous.Code} is reached; add a new objective instead.");
            }
        }
        foreach (var action in content.Actions)
        {
            if (action.Family is < 1 or > 6)
                throw new RuleViolationException("family-unknown", "R.5411-15 has six families of actions, 1° to 6° (BR-06).");
            if (action.EndDate < action.StartDate)
                throw new RuleViolationException("action-dates-inconsistent", $"The action {action.Label} ends before it starts.");
            if (action.ObjectiveCode is { } code && !now.ContainsKey(code))
                throw new RuleViolationException("objective-unknown", $"The action {action.Label} serves the objective {code}, which is not in the plan.");
        }
        if (content.Actions.GroupBy(a => a.Id).Any(g => g.Count() > 1))
            throw new RuleViolationException("action-duplicated", "Two actions have the same id.");
    }
}
