using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class BreachFileProcedureTests
{
    private static readonly BreachEvidence Week = new(EvidenceKind.WEEKLY_PROGRAMME, "2026-W45", "0 h réalisées sur 15");

    private static Beneficiary Person(PublicType publicType, RsaHousehold? household = null)
    {
        var person = Given.Person();
        person.DescribeSituation([publicType], household, Given.Today);
        return person;
    }

    private static BreachFile Invited(BenefitKind benefit, Beneficiary person)
    {
        var file = BreachFile.Propose(person, null, benefit, BreachType.ASSIDUITE, Given.Today.AddDays(-20), [Week], Given.Today, Given.Now, "ref-1");
        file.InviteObservations(Given.Today.AddDays(-15), Given.Today, Given.Now, "ref-1");
        return file;
    }

    private static BreachFile RsaReady(RsaHousehold household)
    {
        var file = Invited(BenefitKind.RSA, Person(PublicType.RSA, household));
        file.RecordEpOpinion(EpOpinion.SANCTION, Given.Today.AddDays(-5), Given.Today, Given.Now, "ref-1");
        return file;
    }

    private static SanctionDecision Decision(DecisionAuthority authority, SanctionMeasure measure, int rate, int months) =>
        new(authority, Given.Today.AddDays(-1), measure, rate, months);

    private static string Refusal(Action act) => Assert.Throws<RuleViolationException>(act).Code;

    [Fact]
    public void BreachFile_Propose_needs_evidence_and_a_benefit_the_person_receives()
    {
        var person = Person(PublicType.ARE);

        Assert.Equal("evidence-required", Refusal(() => BreachFile.Propose(person, null, BenefitKind.ALLOCATION_CHOMAGE, BreachType.ASSIDUITE, Given.Today, [], Given.Today, Given.Now, "r")));
        Assert.Equal("benefit-not-received", Refusal(() => BreachFile.Propose(person, null, BenefitKind.RSA, BreachType.ASSIDUITE, Given.Today, [Week], Given.Today, Given.Now, "r")));
        Assert.Equal(BreachFileStatus.PROPOSED, BreachFile.Propose(person, null, BenefitKind.ALLOCATION_CHOMAGE, BreachType.ASSIDUITE, Given.Today, [Week], Given.Today, Given.Now, "r").Status);
    }

    [Fact]
    public void BreachFile_Decide_nothing_is_decided_before_the_person_is_invited_to_present_observations()
    {
        var file = BreachFile.Propose(Person(PublicType.ARE), null, BenefitKind.ALLOCATION_CHOMAGE, BreachType.ASSIDUITE, Given.Today, [Week], Given.Today, Given.Now, "r");

        Assert.Equal("observations-step-missing", Refusal(() => file.Decide(Decision(DecisionAuthority.FRANCE_TRAVAIL, SanctionMeasure.SUSPENSION, 30, 1), 0, null, Given.Today, Given.Now, "m")));
    }

    [Fact]
    public void BreachFile_Decide_an_RSA_sanction_needs_the_EP_opinion_and_is_decided_by_the_PCD()
    {
        var file = Invited(BenefitKind.RSA, Person(PublicType.RSA, RsaHousehold.Check(1, false, 0)));

        Assert.Equal("ep-opinion-missing", Refusal(() => file.Decide(Decision(DecisionAuthority.PCD, SanctionMeasure.SUSPENSION, 30, 1), 0, null, Given.Today, Given.Now, "m")));
        file.RecordEpOpinion(EpOpinion.SANCTION, Given.Today.AddDays(-5), Given.Today, Given.Now, "r");
        Assert.Equal("decision-authority-mismatch", Refusal(() => file.Decide(Decision(DecisionAuthority.FRANCE_TRAVAIL, SanctionMeasure.SUSPENSION, 30, 1), 0, null, Given.Today, Given.Now, "m")));
    }

    [Fact]
    public void BreachFile_RecordEpOpinion_is_for_RSA_files_only()
    {
        var file = Invited(BenefitKind.ALLOCATION_CHOMAGE, Person(PublicType.ASS));

        Assert.Equal("ep-opinion-rsa-only", Refusal(() => file.RecordEpOpinion(EpOpinion.SANCTION, Given.Today, Given.Today, Given.Now, "r")));
    }

    [Fact]
    public void BreachFile_Decide_a_first_breach_is_a_suspension_of_at_least_30_percent_for_1_to_2_months()
    {
        var person = Person(PublicType.ARE);

        Assert.Equal("sanction-rate-out-of-bounds", Refusal(() => Invited(BenefitKind.ALLOCATION_CHOMAGE, person).Decide(Decision(DecisionAuthority.FRANCE_TRAVAIL, SanctionMeasure.SUSPENSION, 20, 1), 0, null, Given.Today, Given.Now, "m")));
        Assert.Equal("sanction-duration-out-of-bounds", Refusal(() => Invited(BenefitKind.ALLOCATION_CHOMAGE, person).Decide(Decision(DecisionAuthority.FRANCE_TRAVAIL, SanctionMeasure.SUSPENSION, 30, 3), 0, null, Given.Today, Given.Now, "m")));
        var file = Invited(BenefitKind.ALLOCATION_CHOMAGE, person);
        file.Decide(Decision(DecisionAuthority.FRANCE_TRAVAIL, SanctionMeasure.SUSPENSION, 30, 2), 0, null, Given.Today, Given.Now, "m");

        Assert.Equal((BreachFileStatus.SANCTIONED, SanctionRank.FIRST, Given.Today.AddDays(-1).AddMonths(2)), (file.Status, file.Rank!.Value, file.SanctionEndsOn!.Value));
    }

    [Fact]
    public void BreachFile_Decide_after_an_earlier_sanction_the_breach_is_repeated_and_goes_up_to_4_months()
    {
        var file = Invited(BenefitKind.ALLOCATION_CHOMAGE, Person(PublicType.ARE));

        file.Decide(Decision(DecisionAuthority.FRANCE_TRAVAIL, SanctionMeasure.SUPPRESSION_PARTIELLE, 50, 4), 1, null, Given.Today, Given.Now, "m");

        Assert.Equal(SanctionRank.REPEATED, file.Rank);
    }

    [Fact]
    public void BreachFile_Decide_caps_RSA_households_of_more_than_one_person_or_single_parents_at_50_percent()
    {
        Assert.Equal("sanction-household-cap", Refusal(() => RsaReady(RsaHousehold.Check(2, true, 1)).Decide(Decision(DecisionAuthority.PCD, SanctionMeasure.SUSPENSION, 60, 1), 0, RsaHousehold.Check(2, true, 1), Given.Today, Given.Now, "m")));
        var file = RsaReady(RsaHousehold.Check(2, true, 1));
        file.Decide(Decision(DecisionAuthority.PCD, SanctionMeasure.SUSPENSION, 50, 1), 0, RsaHousehold.Check(2, true, 1), Given.Today, Given.Now, "m");
        var alone = RsaReady(RsaHousehold.Check(1, false, 0));
        alone.Decide(Decision(DecisionAuthority.PCD, SanctionMeasure.SUSPENSION, 100, 1), 0, RsaHousehold.Check(1, false, 0), Given.Today, Given.Now, "m");

        Assert.True(file.HouseholdCapApplied);
        Assert.False(alone.HouseholdCapApplied);
    }

    [Fact]
    public void BreachFile_HasRunItsLength_from_its_decided_end_date_and_then_ends_as_ENDED_without_repaying_even_a_radiation()
    {
        var suspended = Invited(BenefitKind.ALLOCATION_CHOMAGE, Person(PublicType.ARE));
        suspended.Decide(Decision(DecisionAuthority.FRANCE_TRAVAIL, SanctionMeasure.SUSPENSION, 30, 1), 0, null, Given.Today, Given.Now, "m");
        var radiated = Invited(BenefitKind.ALLOCATION_CHOMAGE, Person(PublicType.ARE));
        radiated.Decide(Decision(DecisionAuthority.FRANCE_TRAVAIL, SanctionMeasure.RADIATION, 100, 4), 2, null, Given.Today, Given.Now, "m");
        var endsOn = suspended.SanctionEndsOn!.Value;

        var runningTheDayBefore = suspended.HasRunItsLength(endsOn.AddDays(-1));
        var overOnItsEndDate = suspended.HasRunItsLength(endsOn);
        suspended.Lift(LiftReason.ENDED, endsOn, endsOn.AddDays(3), Given.Now, BreachFile.Platform);
        radiated.Lift(LiftReason.ENDED, radiated.SanctionEndsOn!.Value, radiated.SanctionEndsOn!.Value, Given.Now, BreachFile.Platform);

        Assert.False(runningTheDayBefore);
        Assert.True(overOnItsEndDate);
        Assert.Equal((BreachFileStatus.LIFTED, LiftReason.ENDED, endsOn, false), (suspended.Status, suspended.LiftReason!.Value, suspended.LiftedOn!.Value, suspended.AmountsRepaid!.Value));
        Assert.Equal((BreachFileStatus.LIFTED, false), (radiated.Status, radiated.AmountsRepaid!.Value));
        Assert.False(suspended.HasRunItsLength(endsOn.AddDays(3)));
    }

    [Fact]
    public void BreachFile_Lift_repays_suspended_sums_but_not_suppressed_ones_and_never_lifts_a_radiation()
    {
        var suspended = Invited(BenefitKind.ALLOCATION_CHOMAGE, Person(PublicType.ARE));
        suspended.Decide(Decision(DecisionAuthority.FRANCE_TRAVAIL, SanctionMeasure.SUSPENSION, 30, 1), 0, null, Given.Today, Given.Now, "m");
        var suppressed = Invited(BenefitKind.ALLOCATION_CHOMAGE, Person(PublicType.ARE));
        suppressed.Decide(Decision(DecisionAuthority.FRANCE_TRAVAIL, SanctionMeasure.SUPPRESSION_PARTIELLE, 30, 2), 1, null, Given.Today, Given.Now, "m");
        var radiated = Invited(BenefitKind.ALLOCATION_CHOMAGE, Person(PublicType.ARE));
        radiated.Decide(Decision(DecisionAuthority.FRANCE_TRAVAIL, SanctionMeasure.RADIATION, 100, 4), 2, null, Given.Today, Given.Now, "m");

        suspended.Lift(LiftReason.COMPLIANCE, Given.Today, Given.Today, Given.Now, "r");
        suppressed.Lift(LiftReason.CONTRACT_UPDATED, Given.Today, Given.Today, Given.Now, "r");

        Assert.Equal((BreachFileStatus.LIFTED, true), (suspended.Status, suspended.AmountsRepaid!.Value));
        Assert.False(suppressed.AmountsRepaid);
        Assert.Equal("radiation-not-liftable", Refusal(() => radiated.Lift(LiftReason.COMPLIANCE, Given.Today, Given.Today, Given.Now, "r")));
    }

    [Fact]
    public void BreachFile_DecideNoSanction_closes_the_file_without_a_sanction()
    {
        var file = Invited(BenefitKind.ALLOCATION_CHOMAGE, Person(PublicType.ARE));
        file.RecordObservations(Given.Today.AddDays(-10), true, "Hospitalisation", Given.Today, Given.Now, "r");

        file.DecideNoSanction(DecisionAuthority.FRANCE_TRAVAIL, Given.Today, "Motif légitime", Given.Today, Given.Now, "m");

        Assert.Equal((BreachFileStatus.NO_SANCTION, true), (file.Status, file.LegitimateReasonClaimed!.Value));
        Assert.Equal("invalid-breach-file-transition", Refusal(() => file.Lift(LiftReason.COMPLIANCE, Given.Today, Given.Today, Given.Now, "r")));
    }

    [Fact]
    public void BreachFile_Dismiss_closes_a_proposal_with_a_reason_but_not_once_the_person_is_invited()
    {
        var person = Person(PublicType.ARE);
        var proposal = BreachFile.Propose(person, null, BenefitKind.ALLOCATION_CHOMAGE, BreachType.ASSIDUITE, Given.Today, [Week], Given.Today, Given.Now, BreachFile.Platform);
        var invited = Invited(BenefitKind.ALLOCATION_CHOMAGE, person);

        Assert.Equal("dismissal-reason-required", Refusal(() => proposal.Dismiss(" ", Given.Now, "ref-1")));
        proposal.Dismiss("Arrêt maladie connu du référent", Given.Now, "ref-1");

        Assert.Equal((BreachFileStatus.DISMISSED, "Arrêt maladie connu du référent"), (proposal.Status, proposal.DismissalReason));
        Assert.Equal("invalid-breach-file-transition", Refusal(() => invited.Dismiss("Trop tard", Given.Now, "ref-1")));
    }
}
