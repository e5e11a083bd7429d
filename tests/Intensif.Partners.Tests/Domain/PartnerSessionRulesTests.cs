using Intensif.Partners.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Partners.Tests.Domain;

public sealed class PartnerSessionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly PartnerStructure Structure = PartnerStructure.Register("73282932000074",
        new StructureProfile("PLIE", "PLIE", ["34"], ["MOBILITE"], [], [], false, false, true), "op", Now);

    private static SessionPlan Plan(int capacity = 2, int startInHours = 24, int hours = 3, string territory = "34") =>
        new("SOC-MOB-01", Now.AddHours(startInHours), Now.AddHours(startInHours + hours), "Lunel", null, capacity, territory, "MOBILITE");

    private static string Refusal(Action action) => Assert.Throws<RuleViolationException>(action).Code;

    [Fact]
    public void A_session_ends_after_it_starts() =>
        Assert.Equal("session-ends-before-start", Refusal(() => PartnerSession.Publish(Structure, Plan(hours: 0), Now)));

    [Fact]
    public void A_session_has_at_least_one_seat() =>
        Assert.Equal("invalid-capacity", Refusal(() => PartnerSession.Publish(Structure, Plan(capacity: 0), Now)));

    [Fact]
    public void A_session_is_published_before_it_starts() =>
        Assert.Equal("session-in-past", Refusal(() => PartnerSession.Publish(Structure, Plan(startInHours: -1), Now)));

    [Fact]
    public void A_session_takes_place_in_a_territory_its_structure_serves() =>
        Assert.Equal("territory-not-served", Refusal(() => PartnerSession.Publish(Structure, Plan(territory: "30"), Now)));

    [Fact]
    public void Seats_are_taken_until_none_is_left()
    {
        var session = PartnerSession.Publish(Structure, Plan(capacity: 2), Now);

        Assert.True(session.TryTakeSeat());
        Assert.True(session.TryTakeSeat());
        Assert.False(session.TryTakeSeat());
        Assert.Equal(0, session.SeatsLeft);
    }

    [Fact]
    public void Capacity_never_drops_below_the_seats_taken_and_raising_it_frees_seats()
    {
        var session = PartnerSession.Publish(Structure, Plan(capacity: 3), Now);
        session.TryTakeSeat();
        session.TryTakeSeat();

        Assert.Equal("capacity-below-seats-taken", Refusal(() => session.Reschedule(Structure, Plan(capacity: 1), Now)));
        Assert.Equal(2, session.Reschedule(Structure, Plan(capacity: 5), Now));
        Assert.Equal(3, session.SeatsLeft);
    }

    [Fact]
    public void A_cancelled_session_takes_no_seat_and_cannot_be_changed()
    {
        var session = PartnerSession.Publish(Structure, Plan(), Now);
        session.Cancel(Now);

        Assert.Equal("session-cancelled", Refusal(() => session.TryTakeSeat()));
        Assert.Equal("session-cancelled", Refusal(() => session.Reschedule(Structure, Plan(), Now)));
        Assert.False(session.IsOpenAt(Now));
    }
}
