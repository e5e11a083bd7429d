using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.IntegrationEvents;
using Intensif.Scheduling.Api.Domain;
using Intensif.Testing;
using static Intensif.Scheduling.Tests.Programmes.Programme;

namespace Intensif.Scheduling.Tests.Programmes;

/// <summary>
/// Seats of Partners sessions are Partners': Scheduling books such a session from ReferralAccepted and cancels it from
/// ReferralCancelled, on real PostgreSQL and RabbitMQ with the real catalogue.
/// </summary>
public sealed class ReferralSeatsTests : IClassFixture<ProgrammeApps>
{
    private readonly ProgrammeApps _apps;

    public ReferralSeatsTests(ProgrammeApps apps) => _apps = apps;

    private DateTimeOffset Tomorrow9 => new DateTimeOffset(_apps.Clock.Now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1).AddHours(8);

    [Fact]
    public async Task Booking_a_partner_session_without_an_accepted_referral_is_refused_but_proposing_it_is_allowed()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var session = await world.SessionAsync(Tomorrow9.AddDays(10));

        var refused = await Json(await world.BookAsync(new { sessionId = session }), HttpStatusCode.Conflict);
        var proposal = await world.BookedAsync(new { sessionId = session, booked = false });
        var book = await world.BookProposalAsync(proposal.GetProperty("id").GetGuid());

        Assert.Equal("seat-not-held", refused.GetProperty("code").GetString());
        Assert.Contains("/api/partners/referrals", refused.GetProperty("detail").GetString());
        Assert.Equal("PROPOSED", proposal.GetProperty("status").GetString());
        Assert.Equal("seat-not-held", await CodeOf(book, HttpStatusCode.Conflict));
        Assert.Empty(await OutboxAsync(world.Person));
    }

    [Fact]
    public async Task An_accepted_referral_books_the_session_at_its_length_and_the_attendance_gives_the_catalogue_valuation()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(11);
        var session = await world.SessionAsync(start, hours: 2);

        var booked = await world.AcceptedReferralAsync(session);
        _apps.Clock.Advance(start.AddHours(3) - _apps.Clock.Now);
        var done = await Json(await AttendanceAsync(world.Partner, booked.GetProperty("id").GetGuid(), new { outcome = "DONE" }), HttpStatusCode.OK);

        Assert.Equal((2m, "BOOKED"), (booked.GetProperty("plannedHours").GetDecimal(), booked.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.String, booked.GetProperty("referralId").ValueKind);
        // GEN-COL-01 is a 3 h forfait: the catalogue values what was done, and gives the supervision
        Assert.Equal((3m, "ACCOMPAGNEE"), (done.GetProperty("realisedHours").GetDecimal(), done.GetProperty("supervision").GetString()));
        Assert.Equal(["AssignmentBooked", "AttendanceRecorded"], await OutboxAsync(world.Person));
    }

    [Fact]
    public async Task An_accepted_referral_conflicting_with_the_programme_is_kept_as_a_proposal_with_the_conflict_noted()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(12);
        await world.BookedAsync(new { entryCode = "TRE-CAND-01", plannedStart = start.AddHours(1), plannedEnd = start.AddHours(2) });
        var session = await world.SessionAsync(start);

        var kept = await world.AcceptedReferralAsync(session, status: "PROPOSED");

        Assert.Contains("programme-conflict", kept.GetProperty("note").GetString());
        Assert.Equal(["AssignmentBooked"], await OutboxAsync(world.Person));   // the autonomous activity's only
    }

    [Fact]
    public async Task A_withdrawn_referral_cancels_its_assignment_which_no_longer_counts_as_planned()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(13);
        var session = await world.SessionAsync(start);
        var referral = Guid.NewGuid();
        var booked = await world.AcceptedReferralAsync(session, referral: referral);
        var cancelled = new ReferralCancelled(Guid.NewGuid(), _apps.Clock.Now, referral, session, world.Structure, world.Organisme, world.Person, false, 10);

        await _apps.PublishAsync(cancelled);
        await _apps.PublishAsync(cancelled);   // delivered twice: the same message id changes nothing more
        var after = await world.AssignmentOnAsync(session, start, a => a.GetProperty("status").GetString() == "CANCELLED");
        var week = await Json(await world.WeekAsync(world.Referent, IsoWeek.Of(start).ToString()), HttpStatusCode.OK);

        Assert.Equal(booked.GetProperty("id").GetGuid(), after.GetProperty("id").GetGuid());
        Assert.Equal(0m, week.GetProperty("plannedHours").GetDecimal());
        Assert.Equal("seat-not-held", await CodeOf(await world.BookAsync(new { sessionId = session }), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task A_cancellation_that_arrives_before_its_acceptance_leaves_no_seat_held()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(14);
        var session = await world.SessionAsync(start);
        var referral = Guid.NewGuid();
        await _apps.PublishAsync(new ReferralCancelled(Guid.NewGuid(), _apps.Clock.Now, referral, session, world.Structure, world.Organisme, world.Person, false, 10));
        await Eventually.MatchAsync(() => ScalarAsync($"select count(*) from referral_seats where \"ReferralId\" = '{referral}' and not \"Held\""), n => n == 1);
        var consumed = await ScalarAsync("select count(*) from inbox_messages where consumer like '%ReferralAcceptedConsumer'");

        await _apps.PublishAsync(new ReferralAccepted(Guid.NewGuid(), _apps.Clock.Now, referral, session, world.Structure, world.Organisme, world.Person,
            "GEN-COL-01", start, start.AddHours(3), 9));
        await Eventually.MatchAsync(() => ScalarAsync("select count(*) from inbox_messages where consumer like '%ReferralAcceptedConsumer'"), n => n > consumed);

        var week = await Json(await world.WeekAsync(world.Referent, IsoWeek.Of(start).ToString()), HttpStatusCode.OK);
        Assert.Empty(week.GetProperty("assignments").EnumerateArray());
        Assert.Equal("seat-not-held", await CodeOf(await world.BookAsync(new { sessionId = session }), HttpStatusCode.Conflict));
    }

    private Task<long> ScalarAsync(string sql) => SchedulingClient.ScalarAsync(_apps.ConnectionString, sql);

    private Task<List<string>> OutboxAsync(Guid person) => SchedulingClient.OutboxTypesAsync(_apps.ConnectionString, person);
}
