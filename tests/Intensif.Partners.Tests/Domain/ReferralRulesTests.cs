using Intensif.Partners.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Partners.Tests.Domain;

public sealed class ReferralRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Delay = TimeSpan.FromDays(8);

    private static PartnerStructure Structure(bool dataSharing = true) => PartnerStructure.Register("73282932000074",
        new StructureProfile("PLIE", "PLIE", ["34"], ["MOBILITE"], [], [], false, false, dataSharing), "op", Now);

    private static PartnerSession Session(PartnerStructure structure, int capacity = 1) => PartnerSession.Publish(structure,
        new SessionPlan("SOC-MOB-01", Now.AddDays(20), Now.AddDays(20).AddHours(3), "Lunel", null, capacity, "34", "MOBILITE"), Now);

    private static Referral Send(PartnerSession session, PartnerStructure structure, bool consent = true) => Referral.Send(session, structure,
        "ft-34", "ref-1", "Awa", new ReferredPerson(Guid.NewGuid(), "Samir B.", null, null), null, consent, Now, Delay);

    [Fact]
    public void A_referral_needs_the_persons_consent()
    {
        var structure = Structure();
        Assert.Equal("consent-required", Assert.Throws<RuleViolationException>(() => Send(Session(structure), structure, consent: false)).Code);
    }

    [Fact]
    public void A_referral_goes_only_to_a_structure_that_signed_the_data_sharing_agreement()
    {
        var structure = Structure(dataSharing: false);
        Assert.Equal("data-sharing-agreement-missing", Assert.Throws<RuleViolationException>(() => Send(Session(structure), structure)).Code);
    }

    [Fact]
    public void Acceptance_takes_a_seat_and_joins_the_waitlist_when_the_session_is_full()
    {
        var structure = Structure();
        var session = Session(structure, capacity: 1);
        var (first, second) = (Send(session, structure), Send(session, structure));

        first.Accept(session, Now);
        second.Accept(session, Now);

        Assert.Equal(ReferralStatus.ACCEPTED, first.Status);
        Assert.Equal(ReferralStatus.WAITLISTED, second.Status);
        Assert.True(first.Cancel(null, Now));
        session.ReleaseSeat();
        second.PromoteFromWaitlist(session, Now);
        Assert.Equal(ReferralStatus.ACCEPTED, second.Status);
    }

    [Fact]
    public void An_unanswered_referral_reads_expired_after_its_delay_and_can_no_longer_be_accepted()
    {
        var structure = Structure();
        var session = Session(structure);
        var referral = Send(session, structure);

        Assert.Equal(ReferralStatus.PENDING, referral.StatusAt(Now + Delay - TimeSpan.FromSeconds(1)));
        Assert.Equal(ReferralStatus.EXPIRED, referral.StatusAt(Now + Delay));
        Assert.Equal("referral-expired", Assert.Throws<RuleViolationException>(() => referral.Accept(session, Now + Delay)).Code);
        Assert.Equal(1, session.SeatsLeft);
    }

    [Fact]
    public void A_referral_is_answered_only_once()
    {
        var structure = Structure();
        var session = Session(structure, capacity: 2);
        var referral = Send(session, structure);
        referral.Refuse("OTHER", null, Now);

        Assert.Equal("referral-not-pending", Assert.Throws<RuleViolationException>(() => referral.Accept(session, Now)).Code);
        Assert.Equal("referral-closed", Assert.Throws<RuleViolationException>(() => referral.Cancel(null, Now)).Code);
    }
}
