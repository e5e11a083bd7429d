using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class ActionPlanReviseTests
{
    private static Objective Objective(string code, ObjectiveStatus status, ObjectiveDimension dimension = ObjectiveDimension.EMPLOI) =>
        new(code, "Objectif " + code, dimension, status, null, null);

    private static PlannedAction Action(string? objective = null, DateOnly? end = null) =>
        new(Guid.NewGuid(), null, "Atelier CV", 3, Supervision.ACCOMPAGNEE, 3m, Given.Today, end, objective);

    private static ActionPlan Plan(Contract contract, params Objective[] objectives) =>
        ActionPlan.Revise(null, contract, new PlanContent(objectives, [], null), [], null, Given.Now, "ref-1").Plan;

    private static string Refusal(Action act) => Assert.Throws<RuleViolationException>(act).Code;

    [Fact]
    public void ActionPlan_Revise_every_change_is_a_new_version_with_the_plan_as_it_stood()
    {
        var contract = Given.Signed();
        var plan = Plan(contract, Objective("EMP-1", ObjectiveStatus.NOT_STARTED));

        var (revised, version) = ActionPlan.Revise(plan, contract,
            new PlanContent([Objective("EMP-1", ObjectiveStatus.IN_PROGRESS)], [Action("EMP-1")], null), [], "Point d'étape", Given.Now, "ref-1");

        Assert.Equal((2, 2), (revised.Version, version.Number));
        Assert.Equal(ObjectiveStatus.IN_PROGRESS, version.Objectives[0].Status);
        Assert.Single(version.Actions);
    }

    [Fact]
    public void ActionPlan_Revise_an_objective_worked_on_is_abandoned_not_removed()
    {
        var contract = Given.Signed();
        var plan = Plan(contract, Objective("SOC-1", ObjectiveStatus.IN_PROGRESS, ObjectiveDimension.SOCIAL), Objective("GEN-1", ObjectiveStatus.NOT_STARTED));

        Assert.Equal("objective-removal-not-allowed", Refusal(() => ActionPlan.Revise(plan, contract, new PlanContent([], [], null), [], null, Given.Now, "r")));
        var (revised, _) = ActionPlan.Revise(plan, contract, new PlanContent([Objective("SOC-1", ObjectiveStatus.ABANDONED)], [], null), [], null, Given.Now, "r");
        Assert.Equal(ObjectiveStatus.ABANDONED, Assert.Single(revised.Objectives).Status);
    }

    [Fact]
    public void ActionPlan_Revise_a_reached_objective_stays_reached()
    {
        var contract = Given.Signed();
        var plan = Plan(contract, Objective("EMP-1", ObjectiveStatus.REACHED));

        Assert.Equal("objective-reached-is-final",
            Refusal(() => ActionPlan.Revise(plan, contract, new PlanContent([Objective("EMP-1", ObjectiveStatus.IN_PROGRESS)], [], null), [], null, Given.Now, "r")));
    }

    [Fact]
    public void ActionPlan_Revise_refuses_duplicated_objectives_unknown_objectives_and_inconsistent_dates()
    {
        var contract = Given.Signed();

        Assert.Equal("objective-duplicated", Refusal(() => Plan(contract, Objective("A", ObjectiveStatus.NOT_STARTED), Objective("A", ObjectiveStatus.REACHED))));
        Assert.Equal("objective-unknown", Refusal(() => ActionPlan.Revise(null, contract, new PlanContent([], [Action("X")], null), [], null, Given.Now, "r")));
        Assert.Equal("action-dates-inconsistent",
            Refusal(() => ActionPlan.Revise(null, contract, new PlanContent([], [Action(end: Given.Today.AddDays(-1))], null), [], null, Given.Now, "r")));
    }

    [Fact]
    public void ActionPlan_Revise_the_plan_of_a_closed_contract_cannot_change()
    {
        var contract = Given.Signed();
        contract.Close(Given.Today, ExitType.DEMENAGEMENT, false, Given.Now, "r");

        Assert.Equal("invalid-contract-transition", Refusal(() => Plan(contract)));
    }
}
