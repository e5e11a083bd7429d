using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class ContractLifecycleTests
{
    private static ContractTerms Terms => ContractTerms.Default(LocalPolicy.National);

    [Fact]
    public void Contract_goes_DRAFT_SIGNED_ACTIVE_SUSPENDED_ACTIVE_CLOSED_with_one_version_per_change()
    {
        var (contract, first) = Contract.Draft(Given.Person(), "ref-1", Terms, Given.Now);
        var versions = new List<ContractVersion> { first };

        versions.Add(contract.SignDraft(Given.Today, Given.Today, false, Given.Now, "ref-1"));
        versions.Add(contract.Activate(Given.Today, Given.Now, "ref-1"));
        versions.Add(contract.Suspend("Décision du 20/11", Given.Now, "mgr-1"));
        versions.Add(contract.Resume("Conformité constatée", Given.Now, "mgr-1"));
        versions.Add(contract.Close(Given.Today, ExitType.EMPLOI_DURABLE, false, Given.Now, "ref-1"));

        Assert.Equal([ContractStatus.DRAFT, ContractStatus.SIGNED, ContractStatus.ACTIVE, ContractStatus.SUSPENDED_SANCTION, ContractStatus.ACTIVE, ContractStatus.CLOSED],
            versions.Select(v => v.Status));
        Assert.Equal([1, 2, 3, 4, 5, 6], versions.Select(v => v.Number));
        Assert.Equal(6, contract.Revision);
        Assert.Equal(ExitType.EMPLOI_DURABLE, contract.ClosureReason);
    }

    [Fact]
    public void Contract_Activate_refuses_a_draft_and_Close_refuses_a_closed_contract()
    {
        var (draft, _) = Contract.Draft(Given.Person(), "ref-1", Terms, Given.Now);
        Assert.Equal("invalid-contract-transition", Assert.Throws<RuleViolationException>(() => draft.Activate(Given.Today, Given.Now, "ref-1")).Code);

        var signed = Given.Signed();
        signed.Close(Given.Today, ExitType.DEMENAGEMENT, false, Given.Now, "ref-1");
        Assert.Equal("invalid-contract-transition", Assert.Throws<RuleViolationException>(() => signed.Close(Given.Today, ExitType.AUTRE, false, Given.Now, "ref-1")).Code);
        Assert.Equal("invalid-contract-transition", Assert.Throws<RuleViolationException>(() => signed.Amend(Terms, "x", Given.Now, "ref-1")).Code);
    }

    [Fact]
    public void Contract_Sign_refuses_a_second_contract_in_force_and_a_future_date()
    {
        Assert.Equal("contract-already-in-force", Assert.Throws<RuleViolationException>(() => Contract.Sign(Given.Person(), "ref-1", Given.Today, true, Given.Now)).Code);
        Assert.Equal("signature-in-the-future", Assert.Throws<RuleViolationException>(() => Contract.Sign(Given.Person(), "ref-1", Given.Today.AddDays(1), false, Given.Now)).Code);
    }

    [Fact]
    public void Contract_Amend_records_the_new_terms_and_ends_a_suspension()
    {
        var contract = Given.Signed();
        contract.Suspend("Manquement", Given.Now, "mgr-1");
        var terms = new ContractTerms(WeeklyDuration.Decide(WeeklyDurationRegime.ADJUSTED_DOWN, 10m, "Garde d'enfant", true, LocalPolicy.National), "Accompagnement", "Assiduité");

        var version = contract.Amend(terms, "Avenant après diagnostic", Given.Now, "ref-1");

        Assert.Equal((ContractChange.AMENDED, ContractStatus.ACTIVE, 10m, WeeklyDurationRegime.ADJUSTED_DOWN), (version.Change, version.Status, version.TargetWeeklyHours, version.Regime));
        Assert.Equal("Assiduité", contract.BeneficiaryCommitments);
    }

    [Fact]
    public void Contract_Close_requires_the_intensive_episode_to_be_ended_first()
    {
        var refused = Assert.Throws<RuleViolationException>(() => Given.Signed().Close(Given.Today, ExitType.EMPLOI_DURABLE, true, Given.Now, "ref-1"));
        Assert.Equal("intensive-episode-active", refused.Code);
    }
}
