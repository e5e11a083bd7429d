using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class ReferentChangeHandoverTests
{
    [Fact]
    public void ReferentChange_Handover_moves_person_contract_and_episode_and_keeps_the_plan()
    {
        var person = Given.Person();
        var contract = Given.Signed(person);
        var episode = Given.Episode(contract);
        var hoursBefore = contract.TargetWeeklyHours;

        var (change, version) = ReferentChange.Handover(person, contract, episode, "ref-2", ReferentChangeReason.ABSENCE, Given.Today,
            "Points d'attention", 10, Given.Herault, Given.Now, "mgr-1");

        Assert.Equal(("ref-1", "ref-2", true), (change.FromReferentId, change.ToReferentId, change.PlanContinuity));
        Assert.Equal(["ref-2", "ref-2", "ref-2"], new[] { person.ReferentId, contract.ReferentId, episode.ReferentId });
        Assert.Equal((ContractChange.REFERENT_CHANGED, hoursBefore), (version!.Change, version.TargetWeeklyHours));
    }

    [Fact]
    public void ReferentChange_Handover_checks_the_receiving_referents_cap()
    {
        var person = Given.Person();
        var contract = Given.Signed(person);
        var episode = Given.Episode(contract);

        var refused = Assert.Throws<RuleViolationException>(() => ReferentChange.Handover(person, contract, episode, "ref-2",
            ReferentChangeReason.REEQUILIBRAGE_PORTEFEUILLE, Given.Today, "Note", 50, Given.Herault, Given.Now, "mgr-1"));

        Assert.Equal("portfolio-full", refused.Code);
        Assert.Equal("ref-1", person.ReferentId);
    }

    [Fact]
    public void ReferentChange_Handover_requires_a_note_and_another_referent()
    {
        var person = Given.Person();
        Assert.Equal("handover-note-required", Assert.Throws<RuleViolationException>(() => ReferentChange.Handover(person, null, null, "ref-2",
            ReferentChangeReason.MOBILITE, Given.Today, " ", 0, Given.Herault, Given.Now, "mgr-1")).Code);
        Assert.Equal("same-referent", Assert.Throws<RuleViolationException>(() => ReferentChange.Handover(person, null, null, "ref-1",
            ReferentChangeReason.MOBILITE, Given.Today, "Note", 0, Given.Herault, Given.Now, "mgr-1")).Code);
    }
}
