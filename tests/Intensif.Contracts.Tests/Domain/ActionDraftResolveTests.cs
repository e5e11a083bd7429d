using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class ActionDraftResolveTests
{
    private static readonly CatalogueFacts Pmsmp = new("EMP-PMSMP-01", "Immersion PMSMP", Supervision.ACCOMPAGNEE, 7m, false);

    private static ActionDraft Draft(string? code, string? label = null, Supervision? supervision = null, decimal? hours = null, int? family = 1) =>
        new(null, code, label, family, supervision, hours, Given.Today, null, null);

    private static string Refusal(Action act) => Assert.Throws<RuleViolationException>(act).Code;

    [Fact]
    public void ActionDraft_Resolve_a_catalogue_action_takes_label_supervision_and_forfait_from_the_entry()
    {
        var action = Draft("EMP-PMSMP-01").Resolve(Pmsmp, false, Given.Now);

        Assert.Equal(("Immersion PMSMP", Supervision.ACCOMPAGNEE, 7m, 1), (action.Label, action.Supervision, action.WeeklyHours, action.Family));
        Assert.Equal(14m, Draft("EMP-PMSMP-01", hours: 14m).Resolve(Pmsmp, false, Given.Now).WeeklyHours);
    }

    [Fact]
    public void ActionDraft_Resolve_refuses_an_unknown_or_archived_entry_and_a_contradicting_supervision()
    {
        Assert.Equal("catalogue-entry-unknown", Refusal(() => Draft("NOPE").Resolve(null, false, Given.Now)));
        Assert.Equal("catalogue-entry-archived", Refusal(() => Draft("EMP-PMSMP-01").Resolve(Pmsmp with { Archived = true }, false, Given.Now)));
        Assert.Equal("supervision-mismatch", Refusal(() => Draft("EMP-PMSMP-01", supervision: Supervision.AUTONOME).Resolve(Pmsmp, false, Given.Now)));
    }

    [Fact]
    public void ActionDraft_Resolve_takes_the_R5411_15_family_from_the_entry_and_refuses_a_contradicting_one()
    {
        var placement = Pmsmp with { Family = 1 };

        Assert.Equal(1, Draft("EMP-PMSMP-01", family: null).Resolve(placement, false, Given.Now).Family);
        Assert.Equal("family-mismatch", Refusal(() => Draft("EMP-PMSMP-01", family: 3).Resolve(placement, false, Given.Now)));
        Assert.Equal("family-required", Refusal(() => Draft("EMP-PMSMP-01", family: null).Resolve(Pmsmp, false, Given.Now)));
        Assert.Equal("family-required", Refusal(() => Draft(null, "Recherches", Supervision.AUTONOME, 2, family: null).Resolve(null, false, Given.Now)));
    }

    [Fact]
    public void ActionDraft_Resolve_an_action_already_planned_keeps_an_entry_archived_since()
    {
        Assert.Equal("Immersion PMSMP", Draft("EMP-PMSMP-01").Resolve(Pmsmp with { Archived = true }, true, Given.Now).Label);
    }

    [Fact]
    public void ActionDraft_Resolve_a_free_action_states_its_label_supervision_and_hours()
    {
        Assert.Equal("label-required", Refusal(() => Draft(null, supervision: Supervision.AUTONOME, hours: 2).Resolve(null, false, Given.Now)));
        Assert.Equal("supervision-required", Refusal(() => Draft(null, "Recherches", hours: 2).Resolve(null, false, Given.Now)));
        Assert.Equal("weekly-hours-required", Refusal(() => Draft(null, "Recherches", Supervision.AUTONOME).Resolve(null, false, Given.Now)));
        Assert.Equal(Supervision.AUTONOME, Draft(null, "Recherches", Supervision.AUTONOME, 2).Resolve(null, false, Given.Now).Supervision);
    }
}
