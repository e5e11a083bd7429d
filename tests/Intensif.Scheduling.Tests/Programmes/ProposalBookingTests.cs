using System.Net;
using System.Text.Json;
using Intensif.Scheduling.Api.Domain;
using static Intensif.Scheduling.Tests.Programmes.Programme;

namespace Intensif.Scheduling.Tests.Programmes;

/// <summary>
/// Booking a proposal (<c>POST /api/scheduling/assignments/{id}/book</c>) goes through the programme's booking like any
/// other activity: checked against the programme, then again under the person's advisory lock, on real PostgreSQL.
/// </summary>
public sealed class ProposalBookingTests : IClassFixture<ProgrammeApps>
{
    private readonly ProgrammeApps _apps;

    public ProposalBookingTests(ProgrammeApps apps) => _apps = apps;

    private DateTimeOffset Tomorrow9 => new DateTimeOffset(_apps.Clock.Now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1).AddHours(8);

    [Fact]
    public async Task Two_concurrent_bookings_of_one_proposal_book_it_once_and_refuse_the_other_as_no_longer_proposed()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(31);
        var proposal = await world.BookedAsync(new { entryCode = "TRE-CAND-01", plannedStart = start, plannedEnd = start.AddHours(1), booked = false });
        var id = proposal.GetProperty("id").GetGuid();

        var answers = await Task.WhenAll(BookAsync(world, id), BookAsync(world, id));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal("assignment-not-proposed", await CodeOf(answers.Single(a => a.StatusCode != HttpStatusCode.OK), HttpStatusCode.Conflict));
        Assert.Equal(["AssignmentBooked"], await OutboxAsync(world.Person));
        Assert.Equal(["assignment.proposed by referent", "assignment.booked by referent"],
            await SchedulingClient.AuditActionsAsync(_apps.ConnectionString, world.Person));
    }

    [Fact]
    public async Task Two_overlapping_proposals_booked_concurrently_are_both_refused_as_conflicting_and_stay_proposed()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(32);
        var autonomous = await world.BookedAsync(new
        {
            entryCode = "TRE-CAND-01", plannedStart = start.AddHours(1), plannedEnd = start.AddHours(2), booked = false,
        });
        var session = await world.SessionAsync(start);
        var noted = await world.AcceptedReferralAsync(session, status: "PROPOSED");   // the seat is held, the conflict noted
        var ids = new[] { autonomous.GetProperty("id").GetGuid(), noted.GetProperty("id").GetGuid() };

        var answers = await Task.WhenAll(ids.Select(id => BookAsync(world, id)));

        // a proposal holds its slot: each one is in the way of the other, whichever is booked first
        Assert.All(await Task.WhenAll(answers.Select(a => CodeOf(a, HttpStatusCode.Conflict))), code => Assert.Equal("programme-conflict", code));
        var week = await Json(await world.WeekAsync(world.Referent, IsoWeek.Of(start).ToString()), HttpStatusCode.OK);
        Assert.All(week.GetProperty("assignments").EnumerateArray(), a => Assert.Equal("PROPOSED", a.GetProperty("status").GetString()));
        Assert.Empty(await OutboxAsync(world.Person));
    }

    private static Task<HttpResponseMessage> BookAsync(Programme world, Guid assignment) =>
        world.Referent.PostAsync($"/api/scheduling/assignments/{assignment}/book", null);

    private Task<List<string>> OutboxAsync(Guid person) => SchedulingClient.OutboxTypesAsync(_apps.ConnectionString, person);
}
