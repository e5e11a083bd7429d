using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class OrientationDecideTests
{
    private static OrientationDecision Decision(DateOnly notified, string? reason = null, DateOnly? rsaRequest = null) =>
        new(OrientationAuthority.FRANCE_TRAVAIL, notified.AddDays(-2), notified, Parcours.SOCIO_PRO, "org-1", reason, rsaRequest);

    private static Beneficiary RsaPerson()
    {
        var person = Given.Person();
        person.DescribeSituation([PublicType.RSA], RsaHousehold.Check(1, false, 0), Given.Today);
        return person;
    }

    [Fact]
    public void Orientation_Decide_starts_the_one_month_contract_clock_at_the_notification()
    {
        var person = Given.Person();

        var orientation = Orientation.Decide(person, null, Decision(new DateOnly(2026, 10, 31)), Given.Today, Given.Now, "ref-1");

        Assert.Equal(new DateOnly(2026, 11, 30), orientation.ContractDeadline);
        Assert.False(orientation.IsReorientation);
        Assert.Equal(orientation.Id, person.CurrentOrientationId);
    }

    [Fact]
    public void Orientation_Decide_a_reorientation_needs_a_reason_and_restarts_the_clock()
    {
        var person = Given.Person();
        var first = Orientation.Decide(person, null, Decision(Given.Today.AddDays(-40)), Given.Today, Given.Now, "ref-1");

        Assert.Equal("reorientation-reason-required",
            Assert.Throws<RuleViolationException>(() => Orientation.Decide(person, first, Decision(Given.Today), Given.Today, Given.Now, "ref-1")).Code);
        var second = Orientation.Decide(person, first, Decision(Given.Today, "Diagnostic: parcours social"), Given.Today, Given.Now, "ref-1");

        Assert.True(second.IsReorientation);
        Assert.Equal(first.Id, second.PreviousOrientationId);
        Assert.Equal(Given.Today.AddMonths(1), second.ContractDeadline);
        Assert.Equal(second.Id, person.CurrentOrientationId);
    }

    [Fact]
    public void Orientation_Decide_refuses_a_notification_before_the_decision_or_in_the_future()
    {
        var person = Given.Person();
        var early = new OrientationDecision(OrientationAuthority.PCD, Given.Today, Given.Today.AddDays(-1), Parcours.SOCIAL, "org-1", null, null);

        Assert.Equal("notification-before-decision", Assert.Throws<RuleViolationException>(() => Orientation.Decide(person, null, early, Given.Today, Given.Now, "r")).Code);
        Assert.Equal("date-in-the-future", Assert.Throws<RuleViolationException>(() => Orientation.Decide(person, null, Decision(Given.Today.AddDays(1)), Given.Today, Given.Now, "r")).Code);
        Assert.Null(person.CurrentOrientationId);
    }

    [Fact]
    public void Orientation_Decide_gives_RSA_beneficiaries_a_six_week_orientation_deadline_and_flags_a_late_decision()
    {
        var onTime = Orientation.Decide(RsaPerson(), null, Decision(Given.Today, rsaRequest: Given.Today.AddDays(-30)), Given.Today, Given.Now, "r");
        var late = Orientation.Decide(RsaPerson(), null, Decision(Given.Today, rsaRequest: Given.Today.AddDays(-60)), Given.Today, Given.Now, "r");

        Assert.Equal((Given.Today.AddDays(12), false), (onTime.RsaOrientationDeadline!.Value, onTime.RsaOrientationLate));
        Assert.True(late.RsaOrientationLate);
    }

    [Fact]
    public void Orientation_Decide_the_RSA_clock_is_for_RSA_beneficiaries_only()
    {
        var code = Assert.Throws<RuleViolationException>(() =>
            Orientation.Decide(Given.Person(), null, Decision(Given.Today, rsaRequest: Given.Today.AddDays(-10)), Given.Today, Given.Now, "r")).Code;

        Assert.Equal("rsa-request-date-without-rsa", code);
    }
}
