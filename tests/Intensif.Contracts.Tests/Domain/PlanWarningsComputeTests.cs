using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Tests.Domain;

public sealed class PlanWarningsComputeTests
{
    private static readonly DateOnly Start = Given.Today;

    private static PlannedAction Action(int family, Supervision supervision, decimal hours, DateOnly? start = null) =>
        new(Guid.NewGuid(), null, "Action", family, supervision, hours, start ?? Start, null, null);

    private static string[] Codes(PlanContent plan, DateOnly? intensiveStart = null, Parcours? parcours = Parcours.EMPLOI, decimal target = 15m) =>
        PlanWarnings.Compute(plan, target, intensiveStart, parcours, LocalPolicy.National).Select(w => w.Code).ToArray();

    private static PlanContent Plan(string? justification = null, params PlannedAction[] actions) => new([], actions, justification);

    [Fact]
    public void PlanWarnings_work_first_warns_when_no_professional_placement_starts_within_8_weeks_of_the_intensive_start()
    {
        var late = Plan(null, Action(1, Supervision.ACCOMPAGNEE, 15, Start.AddDays(57)));
        var inTime = Plan(null, Action(1, Supervision.ACCOMPAGNEE, 15, Start.AddDays(56)));

        Assert.Contains(PlanWarnings.WorkFirst, Codes(late, Start));
        Assert.DoesNotContain(PlanWarnings.WorkFirst, Codes(inTime, Start));
    }

    [Fact]
    public void PlanWarnings_work_first_applies_only_during_an_intensive_episode()
    {
        Assert.DoesNotContain(PlanWarnings.WorkFirst, Codes(Plan(null, Action(3, Supervision.ACCOMPAGNEE, 15)), intensiveStart: null));
    }

    [Fact]
    public void PlanWarnings_work_first_is_waived_in_the_SOCIAL_parcours_with_a_justification_only()
    {
        var justified = Plan("Hébergement d'urgence d'abord", Action(5, Supervision.ACCOMPAGNEE, 15));

        Assert.DoesNotContain(PlanWarnings.WorkFirst, Codes(justified, Start, Parcours.SOCIAL));
        Assert.Contains(PlanWarnings.WorkFirst, Codes(justified, Start, Parcours.SOCIO_PRO));
        Assert.Contains(PlanWarnings.WorkFirst, Codes(Plan(null, Action(5, Supervision.ACCOMPAGNEE, 15)), Start, Parcours.SOCIAL));
    }

    [Fact]
    public void PlanWarnings_accompanied_share_warns_under_the_minimum_of_planned_hours()
    {
        var low = Plan(null, Action(3, Supervision.ACCOMPAGNEE, 7), Action(3, Supervision.AUTONOME, 8));
        var half = Plan(null, Action(3, Supervision.ACCOMPAGNEE, 7.5m), Action(3, Supervision.AUTONOME, 7.5m));

        Assert.Equal(46.7m, PlanWarnings.AccompaniedSharePercent(low.Actions));
        Assert.Contains(PlanWarnings.AccompaniedShareLow, Codes(low));
        Assert.DoesNotContain(PlanWarnings.AccompaniedShareLow, Codes(half));
    }

    [Fact]
    public void PlanWarnings_a_stricter_local_share_warns_earlier()
    {
        var half = Plan(null, Action(3, Supervision.ACCOMPAGNEE, 7.5m), Action(3, Supervision.AUTONOME, 7.5m));
        var policy = LocalPolicy.Tighten(50, 2, 6, 15m, 4, 60);

        Assert.Contains(PlanWarnings.AccompaniedShareLow, PlanWarnings.Compute(half, 15m, null, null, policy).Select(w => w.Code));
    }

    [Fact]
    public void PlanWarnings_planned_hours_below_the_contract_target_are_flagged()
    {
        Assert.Contains(PlanWarnings.PlannedHoursBelowTarget, Codes(Plan(null, Action(3, Supervision.ACCOMPAGNEE, 10))));
        Assert.DoesNotContain(PlanWarnings.PlannedHoursBelowTarget, Codes(Plan(null, Action(3, Supervision.ACCOMPAGNEE, 10)), target: 10m));
    }
}
