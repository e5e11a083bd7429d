using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.IntegrationEvents;
using Intensif.Scheduling.Api.Domain;
using Intensif.Testing;
using static Intensif.Scheduling.Tests.Programmes.Programme;

namespace Intensif.Scheduling.Tests.Programmes;

/// <summary>Weekly programmes on real PostgreSQL and RabbitMQ, valued by the real catalogue: booking, attendance, the ledger, closing.</summary>
public sealed class ProgrammesApiTests : IClassFixture<ProgrammeApps>
{
    private readonly ProgrammeApps _apps;

    public ProgrammesApiTests(ProgrammeApps apps) => _apps = apps;

    private DateTimeOffset Tomorrow9 => new DateTimeOffset(_apps.Clock.Now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1).AddHours(8);

    [Fact]
    public async Task A_booked_partner_session_attended_and_closed_gives_its_valued_hours_and_publishes_the_three_events()
    {
        var world = await new Programme(_apps).InEpisodeAsync(target: 15);
        var start = Tomorrow9.AddDays(14);
        var session = await world.SessionAsync(start);
        Assert.Equal("seat-not-held", await CodeOf(await world.BookAsync(new { sessionId = session }), HttpStatusCode.Conflict));
        var proposed = await world.BookedAsync(new { sessionId = session, booked = false });

        var booked = await world.AcceptedReferralAsync(session);
        var id = booked.GetProperty("id").GetGuid();
        var week = IsoWeek.Of(start).ToString();
        Assert.Equal(proposed.GetProperty("id").GetGuid(), id);   // the proposal is what the accepted referral booked
        Assert.Equal((3m, "ACCOMPAGNEE", "BOOKED", week), (booked.GetProperty("plannedHours").GetDecimal(), booked.GetProperty("supervision").GetString(),
            booked.GetProperty("status").GetString(), booked.GetProperty("week").GetString()));
        Assert.Equal("attendance-before-start", await CodeOf(await AttendanceAsync(world.Partner, id, new { outcome = "DONE" }), HttpStatusCode.Conflict));

        _apps.Clock.Advance(start.AddHours(4) - _apps.Clock.Now);
        var done = await Json(await AttendanceAsync(world.Partner, id, new { outcome = "DONE" }), HttpStatusCode.OK);
        Assert.Equal((3m, "PARTNER"), (done.GetProperty("realisedHours").GetDecimal(), done.GetProperty("declaredBy").GetString()));

        var closed = await Json(await world.CloseAsync(week, new { gapReason = "OTHER", comment = "Première semaine" }), HttpStatusCode.OK);
        Assert.Equal(("CLOSED", 3m, 15m, 12m, 1m, "OTHER"), (closed.GetProperty("status").GetString(), closed.GetProperty("realisedHours").GetDecimal(),
            closed.GetProperty("targetHours").GetDecimal(), closed.GetProperty("gapHours").GetDecimal(), closed.GetProperty("accompaniedShare").GetDecimal(),
            closed.GetProperty("gapReason").GetString()));
        Assert.Equal("week-closed", await CodeOf(await world.CloseAsync(week, new { gapReason = "OTHER" }), HttpStatusCode.Conflict));
        var read = await Json(await world.WeekAsync(world.Manager, week), HttpStatusCode.OK);
        Assert.Equal(("CLOSED", 3m), (read.GetProperty("status").GetString(), read.GetProperty("realisedHours").GetDecimal()));
        Assert.Equal(["AssignmentBooked", "AttendanceRecorded", "WeekClosed"], await OutboxTypesAsync(world.Person));
    }

    [Fact]
    public async Task A_partner_records_attendance_only_for_its_own_sessions_and_never_sees_other_programmes()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(21);
        var booked = await world.AcceptedReferralAsync(await world.SessionAsync(start));
        var autonomous = await world.BookedAsync(new { entryCode = "TRE-CAND-01", plannedStart = start.AddDays(1), plannedEnd = start.AddDays(1).AddHours(1) });
        _apps.Clock.Advance(start.AddDays(2) - _apps.Clock.Now);

        var otherPartner = world.PartnerOf(Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, (await AttendanceAsync(otherPartner, booked.GetProperty("id").GetGuid(), new { outcome = "DONE" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AttendanceAsync(world.Partner, autonomous.GetProperty("id").GetGuid(), new { outcome = "DONE" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.WeekAsync(world.Partner, IsoWeek.Of(start).ToString())).StatusCode);
    }

    [Fact]
    public async Task Booking_refuses_double_bookings_conflicts_and_bad_input_and_persists_nothing()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(28);
        var session = await world.SessionAsync(start);
        await world.AcceptedReferralAsync(session);

        Assert.Equal("already-booked", await CodeOf(await world.BookAsync(new { sessionId = session }), HttpStatusCode.Conflict));
        Assert.Equal("programme-conflict", await CodeOf(await world.BookAsync(new
        {
            entryCode = "TRE-CAND-01", plannedStart = start.AddHours(1), plannedEnd = start.AddHours(2),
        }), HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.BadRequest, (await world.BookAsync(new { entryCode = "TRE-CAND-01", plannedStart = start.AddDays(1), plannedEnd = start.AddDays(1).AddHours(-1) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await world.BookAsync(new { entryCode = "TRE-CAND-01" })).StatusCode);
        var unknown = await Json(await world.BookAsync(new { entryCode = "NOPE-00", plannedStart = start.AddDays(1), plannedEnd = start.AddDays(1).AddHours(1) }),
            HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("entryCode", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await world.WeekAsync(world.Referent, "2026-W99")).StatusCode);
        Assert.Equal(["AssignmentBooked"], await OutboxTypesAsync(world.Person));
    }

    [Fact]
    public async Task Concurrent_bookings_of_one_slot_for_one_person_book_it_once()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(77);
        var request = new { entryCode = "TRE-CAND-01", plannedStart = start, plannedEnd = start.AddHours(1) };

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => world.BookAsync(request)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(["AssignmentBooked"], await OutboxTypesAsync(world.Person));
    }

    [Fact]
    public async Task Two_concurrent_bookings_of_one_proposal_book_it_once_and_refuse_the_other_as_no_longer_proposed()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(84);
        var proposal = await world.BookedAsync(new { entryCode = "TRE-CAND-01", plannedStart = start, plannedEnd = start.AddHours(1), booked = false });
        var id = proposal.GetProperty("id").GetGuid();

        var answers = await Task.WhenAll(world.BookProposalAsync(id), world.BookProposalAsync(id));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal("assignment-not-proposed", await CodeOf(answers.Single(a => a.StatusCode != HttpStatusCode.OK), HttpStatusCode.Conflict));
        Assert.Equal(["AssignmentBooked"], await OutboxTypesAsync(world.Person));
        Assert.Equal(["assignment.proposed by referent", "assignment.booked by referent"],
            await SchedulingClient.AuditActionsAsync(_apps.ConnectionString, world.Person));
    }

    [Fact]
    public async Task Two_overlapping_proposals_booked_concurrently_are_both_refused_as_conflicting_and_stay_proposed()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(91);
        var autonomous = await world.BookedAsync(new
        {
            entryCode = "TRE-CAND-01", plannedStart = start.AddHours(1), plannedEnd = start.AddHours(2), booked = false,
        });
        var session = await world.SessionAsync(start);
        var noted = await world.AcceptedReferralAsync(session, status: "PROPOSED");   // the seat is held, the conflict noted
        var ids = new[] { autonomous.GetProperty("id").GetGuid(), noted.GetProperty("id").GetGuid() };

        var answers = await Task.WhenAll(ids.Select(world.BookProposalAsync));

        // a proposal holds its slot: each one is in the way of the other, whichever is booked first
        Assert.All(await Task.WhenAll(answers.Select(a => CodeOf(a, HttpStatusCode.Conflict))), code => Assert.Equal("programme-conflict", code));
        var week = await Json(await world.WeekAsync(world.Referent, IsoWeek.Of(start).ToString()), HttpStatusCode.OK);
        Assert.All(week.GetProperty("assignments").EnumerateArray(), a => Assert.Equal("PROPOSED", a.GetProperty("status").GetString()));
        Assert.Empty(await OutboxTypesAsync(world.Person));
    }

    [Fact]
    public async Task Only_the_referent_following_the_person_plans_in_an_active_episode()
    {
        var world = await new Programme(_apps).InEpisodeAsync(plannedEnd: DateOnly.FromDateTime(_apps.Clock.Now.UtcDateTime).AddDays(40));
        var start = Tomorrow9.AddDays(2);
        var request = new { entryCode = "TRE-CAND-01", plannedStart = start, plannedEnd = start.AddHours(1) };
        var colleague = _apps.ClientFor(TestTokens.Referent(world.Organisme, "referent-2"));
        var elsewhere = _apps.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()));

        Assert.Equal(HttpStatusCode.NotFound, (await colleague.PostAsJsonAsync($"/api/scheduling/programmes/{world.Person}/assignments", request)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostAsJsonAsync($"/api/scheduling/programmes/{world.Person}/assignments", request)).StatusCode);

        await _apps.PublishAsync(new IntensiveEpisodeEnded(Guid.NewGuid(), _apps.Clock.Now, world.EpisodeId, world.ContractId, world.Organisme, "75", world.Person,
            DateOnly.FromDateTime(_apps.Clock.Now.UtcDateTime).AddDays(-60), DateOnly.FromDateTime(_apps.Clock.Now.UtcDateTime), "RETOUR_DROIT_COMMUN", []));
        await Eventually.MatchAsync(() => world.Referent.GetFromJsonAsync<JsonElement>("/api/scheduling/portfolio"),
            p => p.EnumerateArray().All(e => e.GetProperty("beneficiaryId").GetGuid() != world.Person));

        Assert.Equal("not-in-intensive-episode", await CodeOf(await world.BookAsync(request), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task A_passation_hands_the_programme_to_the_receiving_referent()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(35);
        await world.BookedAsync(new { entryCode = "TRE-CAND-01", plannedStart = start, plannedEnd = start.AddHours(1) });
        var receiving = _apps.ClientFor(TestTokens.Referent(world.Organisme, "referent-2"));

        await _apps.PublishAsync(new ReferentChanged(Guid.NewGuid(), _apps.Clock.Now, world.Organisme, "75", world.Person, world.ContractId, "referent-1",
            "referent-2", "MOBILITE", DateOnly.FromDateTime(_apps.Clock.Now.UtcDateTime), true));
        var week = await Eventually.MatchAsync(() => world.WeekAsync(receiving, IsoWeek.Of(start).ToString()), r => r.StatusCode == HttpStatusCode.OK);

        Assert.Single((await Json(week, HttpStatusCode.OK)).GetProperty("assignments").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await world.WeekAsync(world.Referent, IsoWeek.Of(start).ToString())).StatusCode);
    }

    [Fact]
    public async Task An_autonomous_declaration_needs_a_proof_and_stays_within_the_entry_weekly_cap()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var monday = IsoWeek.Of(Tomorrow9.AddDays(42)).Start.AddHours(8);
        // NUM-PIX-01: real time capped at 3 h a week (SR-04)
        var first = (await world.BookedAsync(new { entryCode = "NUM-PIX-01", plannedStart = monday, plannedEnd = monday.AddHours(2) })).GetProperty("id").GetGuid();
        var second = (await world.BookedAsync(new { entryCode = "NUM-PIX-01", plannedStart = monday.AddDays(1), plannedEnd = monday.AddDays(1).AddHours(2) }))
            .GetProperty("id").GetGuid();
        _apps.Clock.Advance(monday.AddDays(2) - _apps.Clock.Now);

        var withoutProof = await Json(await AttendanceAsync(world.Referent, first, new { outcome = "DONE" }), HttpStatusCode.BadRequest);
        var firstDone = await Json(await AttendanceAsync(world.Referent, first, new { outcome = "DONE", actualHours = 2, proofReference = "pix:attestation-1" }), HttpStatusCode.OK);
        var secondDone = await Json(await AttendanceAsync(world.Referent, second, new { outcome = "DONE", actualHours = 2, proofReference = "pix:attestation-2" }), HttpStatusCode.OK);

        Assert.True(withoutProof.GetProperty("errors").TryGetProperty("proofReference", out _));
        Assert.Equal(("BENEFICIARY", 2m), (firstDone.GetProperty("declaredBy").GetString(), firstDone.GetProperty("realisedHours").GetDecimal()));
        Assert.Equal(1m, secondDone.GetProperty("realisedHours").GetDecimal());
        var week = await Json(await world.WeekAsync(world.Referent, IsoWeek.Of(monday).ToString()), HttpStatusCode.OK);
        Assert.Equal((3m, 3m, 0m), (week.GetProperty("realisedHours").GetDecimal(), week.GetProperty("autonomousHours").GetDecimal(),
            week.GetProperty("accompaniedHours").GetDecimal()));
    }

    [Fact]
    public async Task A_cancelled_session_becomes_a_provider_cancellation_that_explains_the_gap_when_closing()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(49);
        var session = await world.SessionAsync(start);
        var id = (await world.AcceptedReferralAsync(session)).GetProperty("id").GetGuid();

        await _apps.PublishAsync(new SessionCancelled(Guid.NewGuid(), _apps.Clock.Now, session, world.Structure, "GEN-COL-01", start, "75"));
        await Eventually.MatchAsync(() => world.Referent.GetFromJsonAsync<JsonElement>($"/api/scheduling/assignments/{id}"),
            a => a.GetProperty("status").GetString() == "CANCELLED_BY_PROVIDER");
        _apps.Clock.Advance(start.AddHours(4) - _apps.Clock.Now);
        var closed = await Json(await world.CloseAsync(IsoWeek.Of(start).ToString()), HttpStatusCode.OK);

        Assert.Equal(("PROVIDER_CANCELLATION", 0m, 0m), (closed.GetProperty("gapReason").GetString(), closed.GetProperty("plannedHours").GetDecimal(),
            closed.GetProperty("realisedHours").GetDecimal()));
        Assert.Equal("assignment-cancelled", await CodeOf(await AttendanceAsync(world.Partner, id, new { outcome = "DONE" }), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task A_week_closed_without_a_reason_for_its_gap_is_refused_and_a_future_week_cannot_be_closed()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var thisWeek = IsoWeek.Of(_apps.Clock.Now);
        var future = IsoWeek.Of(_apps.Clock.Now.AddDays(70));

        Assert.Equal("gap-reason-required", await CodeOf(await world.CloseAsync(thisWeek.ToString()), HttpStatusCode.Conflict));
        Assert.Equal("week-not-started", await CodeOf(await world.CloseAsync(future.ToString(), new { gapReason = "ILLNESS" }), HttpStatusCode.Conflict));
        Assert.Empty(await OutboxTypesAsync(world.Person));
    }

    [Fact]
    public async Task The_referent_is_alerted_of_an_ending_episode_missing_interviews_and_a_week_below_target()
    {
        var today = DateOnly.FromDateTime(_apps.Clock.Now.UtcDateTime);
        var ending = await new Programme(_apps).InEpisodeAsync(target: 15, plannedEnd: today.AddDays(20));

        var alerts = await ending.Referent.GetFromJsonAsync<JsonElement>("/api/scheduling/alerts");

        var mine = alerts.GetProperty("alerts").EnumerateArray().Where(a => a.GetProperty("beneficiaryId").GetGuid() == ending.Person)
            .Select(a => a.GetProperty("code").GetString()!).Order().ToArray();
        Assert.Equal(["episode-ending", "interviews-missing", "week-below-target"], mine);
    }

    [Fact]
    public async Task SR02_the_monthly_list_includes_the_people_in_an_episode_and_pro_rates_a_month_they_entered_late()
    {
        var world = await new Programme(_apps).InEpisodeAsync(start: new DateOnly(2027, 3, 21), plannedEnd: new DateOnly(2027, 9, 20));

        var list = await world.Referent.GetFromJsonAsync<JsonElement>("/api/scheduling/interviews/compliance?month=2027-03");
        var april = await world.Referent.GetFromJsonAsync<JsonElement>("/api/scheduling/interviews/compliance?month=2027-04");

        var march = list.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("beneficiaryId").GetGuid() == world.Person);
        Assert.Equal((0, 1, false), (march.GetProperty("held").GetInt32(), march.GetProperty("required").GetInt32(), march.GetProperty("compliant").GetBoolean()));
        Assert.Equal(2, april.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("beneficiaryId").GetGuid() == world.Person)
            .GetProperty("required").GetInt32());
    }

    [Fact]
    public async Task A_retried_booking_with_the_same_Idempotency_Key_gets_the_first_answer_and_books_once()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(56);
        var request = new { entryCode = "TRE-CAND-01", plannedStart = start, plannedEnd = start.AddHours(1) };
        var key = Guid.NewGuid().ToString();

        Task<HttpResponseMessage> SendAsync()
        {
            var message = new HttpRequestMessage(HttpMethod.Post, $"/api/scheduling/programmes/{world.Person}/assignments") { Content = JsonContent.Create(request) };
            message.Headers.Add("Idempotency-Key", key);
            return world.Referent.SendAsync(message);
        }

        var first = await Json(await SendAsync(), HttpStatusCode.Created);
        var retry = await SendAsync();
        var again = await Json(retry, HttpStatusCode.Created);

        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(["AssignmentBooked"], await OutboxTypesAsync(world.Person));
    }

    [Fact]
    public async Task Attendance_sent_with_a_stale_If_Match_is_refused_with_412_and_changes_nothing()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(63);
        var id = (await world.AcceptedReferralAsync(await world.SessionAsync(start))).GetProperty("id").GetGuid();
        var read = await world.Referent.GetAsync($"/api/scheduling/assignments/{id}");
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await world.Referent.PostAsync($"/api/scheduling/assignments/{id}/confirm", null)).StatusCode);
        _apps.Clock.Advance(start.AddHours(4) - _apps.Clock.Now);

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/scheduling/assignments/{id}/attendance") { Content = JsonContent.Create(new { outcome = "DONE" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        var refused = await world.Partner.SendAsync(stale);

        Assert.Equal("\"0\"", etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal("CONFIRMED", (await world.Referent.GetFromJsonAsync<JsonElement>($"/api/scheduling/assignments/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Every_programme_write_is_audited_with_its_actor_and_nothing_refused_is()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(70);
        var session = await world.SessionAsync(start);
        await world.BookedAsync(new { sessionId = session, booked = false });
        var id = (await world.AcceptedReferralAsync(session)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await AttendanceAsync(world.Partner, id, new { outcome = "DONE" })).StatusCode);
        _apps.Clock.Advance(start.AddHours(4) - _apps.Clock.Now);
        await Json(await AttendanceAsync(world.Partner, id, new { outcome = "DONE" }), HttpStatusCode.OK);
        _apps.Clock.Advance(TimeSpan.FromMinutes(5));   // entries are ordered by time: two writes at one instant have no order
        await Json(await world.CloseAsync(IsoWeek.Of(start).ToString(), new { gapReason = "OTHER" }), HttpStatusCode.OK);

        var rows = await SchedulingClient.AuditActionsAsync(_apps.ConnectionString, world.Person);

        // the booking itself came from Partners' ReferralAccepted: an event consumer's write, whose record is the event
        Assert.Equal(["assignment.proposed by referent", "attendance.recorded by partner", "week.closed by referent"], rows);
    }

    private Task<List<string>> OutboxTypesAsync(Guid person) => SchedulingClient.OutboxTypesAsync(_apps.ConnectionString, person);
}
