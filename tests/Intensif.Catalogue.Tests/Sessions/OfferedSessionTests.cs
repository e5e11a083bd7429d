using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Tests.Sessions;

public sealed class OfferedSessionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static SessionDescription Description(int capacity = 10, int seatsLeft = 10, string location = "Salle 1") =>
        new(Guid.NewGuid(), "EMP-ATELIER-01", T0.AddDays(7), T0.AddDays(7).AddHours(3), location, null, capacity, seatsLeft, "34", "NUMERIQUE");

    [Fact]
    public void An_older_description_than_the_one_held_is_ignored()
    {
        var session = OfferedSession.Unknown(Guid.NewGuid());
        session.Describe(Description(location: "Salle 2"), T0.AddMinutes(5));

        var applied = session.Describe(Description(location: "Salle 1"), T0);

        Assert.False(applied);
        Assert.Equal("Salle 2", session.Location);
    }

    [Fact]
    public void A_cancelled_session_stays_cancelled_whatever_arrives_after()
    {
        var session = OfferedSession.Unknown(Guid.NewGuid());
        session.Describe(Description(), T0);
        session.Cancel(T0.AddMinutes(1));

        Assert.False(session.Describe(Description(location: "Ailleurs"), T0.AddMinutes(2)));
        Assert.False(session.SeatsChanged(3, T0.AddMinutes(3)));
        Assert.True(session.Cancelled);
    }

    [Fact]
    public void Seats_left_follow_the_latest_referral_decision_within_the_capacity()
    {
        var session = OfferedSession.Unknown(Guid.NewGuid());
        session.Describe(Description(capacity: 3, seatsLeft: 3), T0);

        Assert.True(session.SeatsChanged(2, T0.AddMinutes(1)));
        Assert.False(session.SeatsChanged(3, T0.AddSeconds(30)));   // an older decision arriving late
        Assert.True(session.SeatsChanged(-1, T0.AddMinutes(2)));

        Assert.Equal(0, session.SeatsLeft);
    }
}
