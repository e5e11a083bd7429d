namespace Intensif.Contracts.Api.Domain;

/// <summary>The warnings of a plan (§4.2): computed from the plan, the intensive episode, the parcours and the local policy.</summary>
public static class PlanWarnings
{
    public const string WorkFirst = "work-first";
    public const string AccompaniedShareLow = "accompanied-share-low";
    public const string PlannedHoursBelowTarget = "planned-hours-below-target";

    public static IReadOnlyList<PlanWarning> Compute(
        PlanContent plan, decimal targetWeeklyHours, DateOnly? intensiveStart, Parcours? parcours, LocalPolicy policy)
    {
        var warnings = new List<PlanWarning>();
        if (WorkFirstMissed(plan, intensiveStart, parcours, policy) is { } deadline)
            warnings.Add(new(WorkFirst, $"No professional placement (R.5411-15 1°) is planned by {deadline:yyyy-MM-dd}, {policy.EarlyWorkSituationDeadlineWeeks} weeks after the intensive start (SR-07)."));
        var share = AccompaniedSharePercent(plan.Actions);
        if (share is { } s && s < policy.AccompaniedShareMinPercent)
            warnings.Add(new(AccompaniedShareLow, $"Accompanied actions are {s:0.#} % of the planned hours, under the {policy.AccompaniedShareMinPercent} % expected (SR-05)."));
        var planned = PlannedWeeklyHours(plan.Actions);
        if (planned < targetWeeklyHours)
            warnings.Add(new(PlannedHoursBelowTarget, $"The plan's actions add up to {planned:0.#} h a week, under the contract's target of {targetWeeklyHours:0.#} h (BR-03, BR-04)."));
        return warnings;
    }

    /// <summary>
    /// SR-07 (BR-19 "work-first"): during an intensive episode, a family-1° action starts within the local number of
    /// weeks of the start; in the SOCIAL parcours a justification recorded by the référent waives it. Returns the
    /// deadline missed, or null.
    /// </summary>
    public static DateOnly? WorkFirstMissed(PlanContent plan, DateOnly? intensiveStart, Parcours? parcours, LocalPolicy policy)
    {
        if (intensiveStart is not { } start) return null;
        if (parcours == Parcours.SOCIAL && !string.IsNullOrWhiteSpace(plan.WorkFirstJustification)) return null;
        var deadline = start.AddDays(7 * policy.EarlyWorkSituationDeadlineWeeks);
        return plan.Actions.Any(a => a.Family == PlannedAction.ProfessionalPlacementFamily && a.StartDate <= deadline) ? null : deadline;
    }

    /// <summary>SR-05 on the plan: accompanied hours / planned hours, in %; null when nothing is planned.</summary>
    public static decimal? AccompaniedSharePercent(IReadOnlyList<PlannedAction> actions)
    {
        var total = PlannedWeeklyHours(actions);
        if (total == 0) return null;
        var accompanied = actions.Where(a => a.Supervision == Supervision.ACCOMPAGNEE).Sum(a => a.WeeklyHours);
        return Math.Round(accompanied * 100m / total, 1);
    }

    public static decimal PlannedWeeklyHours(IReadOnlyList<PlannedAction> actions) => actions.Sum(a => a.WeeklyHours);
}
