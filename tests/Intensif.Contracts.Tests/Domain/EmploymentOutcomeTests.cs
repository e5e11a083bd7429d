using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class EmploymentOutcomeTests
{
    private static EmploymentDetails Job(EmploymentContractKind kind, DateOnly start, int? months = null) => new(kind, start, months, 35m, "12345678900018", "k1302");

    [Theory]
    [InlineData(EmploymentContractKind.CDI, null, true)]
    [InlineData(EmploymentContractKind.CREATION_ACTIVITE, null, true)]
    [InlineData(EmploymentContractKind.CDD, 6, true)]
    [InlineData(EmploymentContractKind.CDD, 5, false)]
    [InlineData(EmploymentContractKind.INTERIM, 12, false)]
    [InlineData(EmploymentContractKind.ALTERNANCE, 24, false)]
    [InlineData(EmploymentContractKind.AUTRE, null, false)]
    public void EmploymentOutcome_IsDurable_for_a_CDI_a_creation_or_a_CDD_of_six_months_or_more(EmploymentContractKind kind, int? months, bool durable) =>
        Assert.Equal(durable, EmploymentOutcome.IsDurable(kind, months));

    [Fact]
    public void EmploymentOutcome_Check_accepts_a_job_started_between_the_signature_and_today()
    {
        Assert.Empty(EmploymentOutcome.Check(Job(EmploymentContractKind.CDI, Given.Today), Given.Today.AddDays(-10), Given.Today));
        Assert.Empty(EmploymentOutcome.Check(Job(EmploymentContractKind.CDD, Given.Today.AddDays(-10), 3), Given.Today.AddDays(-10), Given.Today));
    }

    [Fact]
    public void EmploymentOutcome_Check_refuses_a_start_before_the_signature_or_in_the_future_as_a_field_error()
    {
        var before = EmploymentOutcome.Check(Job(EmploymentContractKind.CDI, Given.Today.AddDays(-11)), Given.Today.AddDays(-10), Given.Today, "employmentDetails.");
        var future = EmploymentOutcome.Check(Job(EmploymentContractKind.CDI, Given.Today.AddDays(1)), Given.Today.AddDays(-10), Given.Today);

        Assert.Equal(["employmentDetails.startDate"], before.Keys);
        Assert.Equal(["startDate"], future.Keys);
    }

    [Theory]
    [InlineData(EmploymentContractKind.CDD, null)]
    [InlineData(EmploymentContractKind.INTERIM, null)]
    [InlineData(EmploymentContractKind.IAE, null)]
    [InlineData(EmploymentContractKind.CDI, 12)]
    [InlineData(EmploymentContractKind.CREATION_ACTIVITE, 6)]
    public void EmploymentOutcome_Check_wants_a_length_for_fixed_term_kinds_and_none_for_a_CDI_or_a_creation(EmploymentContractKind kind, int? months) =>
        Assert.Equal(["durationMonths"], EmploymentOutcome.Check(Job(kind, Given.Today, months), Given.Today.AddDays(-10), Given.Today).Keys);

    [Fact]
    public void EmploymentOutcome_Record_belongs_to_the_episode_its_start_falls_in_else_to_the_latest_else_to_none()
    {
        var contract = Given.Signed();
        var first = IntensiveEpisode.Start(contract, Given.Today.AddDays(-10), Given.Today.AddMonths(3), false, 0, LocalPolicy.National, Given.Now);
        first.End(Given.Today.AddDays(-8), ExitType.RETOUR_DROIT_COMMUN, [], Given.Now);
        var second = IntensiveEpisode.Start(contract, Given.Today.AddDays(-5), Given.Today.AddMonths(3), false, 0, LocalPolicy.National, Given.Now);
        second.End(Given.Today.AddDays(-3), ExitType.EMPLOI_TEMPORAIRE, [], Given.Now);

        Assert.Equal(first.Id, EmploymentOutcome.EpisodeOf(Given.Today.AddDays(-9), [second, first]));
        Assert.Equal(second.Id, EmploymentOutcome.EpisodeOf(Given.Today.AddDays(-7), [first, second]));   // between the two: the latest
        Assert.Equal(second.Id, EmploymentOutcome.EpisodeOf(Given.Today, [first, second]));
        Assert.Null(EmploymentOutcome.EpisodeOf(Given.Today, []));
    }

    [Fact]
    public void EmploymentOutcome_Record_keeps_the_details_upper_cases_the_ROME_code_and_refuses_a_draft()
    {
        var outcome = EmploymentOutcome.Record(Given.Signed(), [], Job(EmploymentContractKind.CDD, Given.Today, 8), EmploymentOutcomeSource.REFERENT, null, Given.Now, "ref-1");
        var draft = Contract.Draft(Given.Person(), "ref-1", ContractTerms.Default(LocalPolicy.National), Given.Now).Contract;

        Assert.Equal((true, "K1302", (Guid?)null, "12345678900018"), (outcome.Durable, outcome.Rome, outcome.EpisodeId, outcome.EmployerSiret));
        Assert.Equal("contract-not-signed", Assert.Throws<RuleViolationException>(() =>
            EmploymentOutcome.Record(draft, [], Job(EmploymentContractKind.CDI, Given.Today), EmploymentOutcomeSource.REFERENT, null, Given.Now, "ref-1")).Code);
    }
}
