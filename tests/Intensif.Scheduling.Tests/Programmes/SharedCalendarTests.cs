using Intensif.ServiceDefaults.Time;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Hosting.Identity;
using Intensif.IntegrationEvents;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Tests.Calendar;
using Intensif.Testing;
using static Intensif.Scheduling.Tests.Programmes.Programme;

namespace Intensif.Scheduling.Tests.Programmes;

/// <summary>
/// The shared calendar on real PostgreSQL and RabbitMQ, with the real catalogue valuing bookings: events of a territory
/// created by organismes and partners, booking across organisations, seats and the waitlist under concurrency, what
/// another organisme sees, updates and cancellations, coordination meetings, the merged view and the sessions feed.
/// </summary>
public sealed class SharedCalendarTests : IClassFixture<ProgrammeApps>
{
    private readonly ProgrammeApps _apps;

    public SharedCalendarTests(ProgrammeApps apps) => _apps = apps;

    private DateTimeOffset Tomorrow9 => new DateTimeOffset(_apps.Clock.Now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1).AddHours(8);

    private static object Session(DateTimeOffset start, int capacity, string theme = "MOBILITE", string entryCode = "GEN-COL-01") => new
    {
        kind = "COLLECTIVE_SESSION", territory = "75", theme, entryCode, title = "Atelier collectif mobilité", start, end = start.AddHours(3),
        location = "Maison de l'emploi, Paris 10e", capacity,
    };

    private static async Task<JsonElement> CreateAsync(HttpClient organiser, object request) =>
        await Json(await organiser.PostAsJsonAsync("/api/scheduling/calendar/events", request), HttpStatusCode.Created);

    private static Task<HttpResponseMessage> BookAsync(Programme world, Guid calendarEvent) =>
        world.Referent.PostAsJsonAsync($"/api/scheduling/calendar/events/{calendarEvent}/bookings", new { beneficiaryId = world.Person });

    private static async Task<JsonElement> EventAsync(HttpClient client, Guid calendarEvent) =>
        await Json(await client.GetAsync($"/api/scheduling/calendar/events/{calendarEvent}"), HttpStatusCode.OK);

    private async Task<Programme[]> PeopleAsync(int count) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(_ => new Programme(_apps).InEpisodeAsync()));

    [Fact]
    public async Task A_referent_of_another_organisme_books_a_person_into_a_collective_session_and_the_assignment_is_valued_by_the_catalogue()
    {
        var (organiser, other) = (await new Programme(_apps).InEpisodeAsync(), await new Programme(_apps).InEpisodeAsync());
        var start = Tomorrow9.AddDays(20);
        var id = (await CreateAsync(organiser.Referent, Session(start, capacity: 2))).GetProperty("id").GetGuid();

        var booking = await Json(await BookAsync(other, id), HttpStatusCode.Created);
        var assignment = await other.Referent.GetFromJsonAsync<JsonElement>($"/api/scheduling/assignments/{booking.GetProperty("assignmentId").GetGuid()}");
        var seenByOrganiser = await EventAsync(organiser.Referent, id);
        var seenByBooker = await EventAsync(other.Referent, id);

        Assert.Equal("BOOKED", booking.GetProperty("status").GetString());
        Assert.Equal((3m, "ACCOMPAGNEE", "BOOKED", id), (assignment.GetProperty("plannedHours").GetDecimal(), assignment.GetProperty("supervision").GetString(),
            assignment.GetProperty("status").GetString(), assignment.GetProperty("sessionId").GetGuid()));
        Assert.Equal((1, 1), (seenByOrganiser.GetProperty("seatsTaken").GetInt32(), seenByOrganiser.GetProperty("seatsLeft").GetInt32()));
        Assert.Empty(seenByOrganiser.GetProperty("bookings").EnumerateArray());   // another organisme's people: counted, never listed
        Assert.Equal(other.Person, Assert.Single(seenByBooker.GetProperty("bookings").EnumerateArray()).GetProperty("beneficiaryId").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await organiser.Referent.PostAsJsonAsync($"/api/scheduling/calendar/events/{id}/bookings",
            new { beneficiaryId = other.Person })).StatusCode);
        Assert.Equal("already-booked", await CodeOf(await BookAsync(other, id), HttpStatusCode.Conflict));
        Assert.Equal(["AssignmentBooked"], await OutboxAsync(other.Person));
    }

    [Fact]
    public async Task Twelve_concurrent_bookings_on_three_seats_book_exactly_three_and_waitlist_the_others()
    {
        var organiser = await new Programme(_apps).InEpisodeAsync();
        var people = await PeopleAsync(12);
        var id = (await CreateAsync(organiser.Referent, Session(Tomorrow9.AddDays(21), capacity: 3))).GetProperty("id").GetGuid();

        var answers = await Task.WhenAll(people.Select(async p => await Json(await BookAsync(p, id), HttpStatusCode.Created)));

        var statuses = answers.Select(a => a.GetProperty("status").GetString()).ToList();
        Assert.Equal(3, statuses.Count(s => s == "BOOKED"));
        Assert.Equal(9, statuses.Count(s => s == "WAITLISTED"));
        var seen = await EventAsync(organiser.Referent, id);
        Assert.Equal((3, 0, 9), (seen.GetProperty("seatsTaken").GetInt32(), seen.GetProperty("seatsLeft").GetInt32(), seen.GetProperty("waitlistLength").GetInt32()));
        Assert.Equal(3L, await ScalarAsync($"select count(*) from assignments where \"SessionId\" = '{id}' and \"Status\" = 'BOOKED'"));
    }

    [Fact]
    public async Task A_cancelled_booking_frees_its_seat_for_the_first_waitlisted_person_passing_over_one_whose_programme_now_conflicts()
    {
        var organiser = await new Programme(_apps).InEpisodeAsync();
        var (first, conflicting, next) = (await new Programme(_apps).InEpisodeAsync(), await new Programme(_apps).InEpisodeAsync(),
            await new Programme(_apps).InEpisodeAsync());
        var start = Tomorrow9.AddDays(22);
        var id = (await CreateAsync(organiser.Referent, Session(start, capacity: 1))).GetProperty("id").GetGuid();
        var held = await Json(await BookAsync(first, id), HttpStatusCode.Created);
        _apps.Clock.Advance(TimeSpan.FromMinutes(1));
        var waiting = await Json(await BookAsync(conflicting, id), HttpStatusCode.Created);
        _apps.Clock.Advance(TimeSpan.FromMinutes(1));
        var last = await Json(await BookAsync(next, id), HttpStatusCode.Created);
        await conflicting.BookedAsync(new { entryCode = "TRE-CAND-01", plannedStart = start.AddHours(1), plannedEnd = start.AddHours(2) });

        var cancelled = await Json(await first.Referent.PostAsync($"/api/scheduling/calendar/bookings/{held.GetProperty("id").GetGuid()}/cancel", null),
            HttpStatusCode.OK);

        Assert.Equal(("CANCELLED", "WAITLISTED", "WAITLISTED"), (cancelled.GetProperty("status").GetString(), waiting.GetProperty("status").GetString(),
            last.GetProperty("status").GetString()));
        Assert.Equal("CANCELLED", (await first.Referent.GetFromJsonAsync<JsonElement>($"/api/scheduling/assignments/{held.GetProperty("assignmentId").GetGuid()}"))
            .GetProperty("status").GetString());
        var passedOver = Assert.Single((await EventAsync(conflicting.Referent, id)).GetProperty("bookings").EnumerateArray());
        Assert.Equal("WAITLISTED", passedOver.GetProperty("status").GetString());
        Assert.StartsWith("programme-conflict", passedOver.GetProperty("waitlistReason").GetString());
        var promoted = Assert.Single((await EventAsync(next.Referent, id)).GetProperty("bookings").EnumerateArray());
        Assert.Equal("BOOKED", promoted.GetProperty("status").GetString());
        Assert.Equal("BOOKED", (await next.Referent.GetFromJsonAsync<JsonElement>($"/api/scheduling/assignments/{promoted.GetProperty("assignmentId").GetGuid()}"))
            .GetProperty("status").GetString());
        Assert.Equal(["AssignmentBooked"], await OutboxAsync(next.Person));
    }

    [Fact]
    public async Task A_person_promoted_from_the_waitlist_is_valued_with_the_caps_of_their_week_at_promotion_time_not_at_waitlisting()
    {
        // SAV-FLE-01 (national fichier métier): real time capped at 6 h a week
        var (organiser, holder, waiting) = (await new Programme(_apps).InEpisodeAsync(), await new Programme(_apps).InEpisodeAsync(),
            await new Programme(_apps).InEpisodeAsync());
        var start = Tomorrow9.AddDays(24);
        var id = (await CreateAsync(organiser.Referent, Session(start, capacity: 1, "SAVOIRS_BASE", "SAV-FLE-01"))).GetProperty("id").GetGuid();
        var held = await Json(await BookAsync(holder, id), HttpStatusCode.Created);
        _apps.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("WAITLISTED", (await Json(await BookAsync(waiting, id), HttpStatusCode.Created)).GetProperty("status").GetString());   // 3 h then
        var course = await waiting.BookedAsync(new { entryCode = "SAV-FLE-01", plannedStart = start.AddHours(4), plannedEnd = start.AddHours(8) });

        await Json(await holder.Referent.PostAsync($"/api/scheduling/calendar/bookings/{held.GetProperty("id").GetGuid()}/cancel", null), HttpStatusCode.OK);

        var promoted = Assert.Single((await EventAsync(waiting.Referent, id)).GetProperty("bookings").EnumerateArray());
        Assert.Equal("BOOKED", promoted.GetProperty("status").GetString());
        var assignment = await waiting.Referent.GetFromJsonAsync<JsonElement>($"/api/scheduling/assignments/{promoted.GetProperty("assignmentId").GetGuid()}");
        // the week now holds 4 h of SAV-FLE-01: 6 h - 4 h = 2 h left of the 3 h session (it was worth 3 h when waitlisted)
        Assert.Equal((4m, 2m), (course.GetProperty("plannedHours").GetDecimal(), assignment.GetProperty("plannedHours").GetDecimal()));
        var week = await Json(await waiting.WeekAsync(waiting.Referent, IsoWeek.Of(start).ToString()), HttpStatusCode.OK);
        Assert.Equal(6m, week.GetProperty("plannedHours").GetDecimal());
        Assert.Equal(["AssignmentBooked", "AssignmentBooked"], await OutboxAsync(waiting.Person));
    }

    [Fact]
    public async Task A_waitlisted_person_is_passed_over_when_the_catalogue_no_longer_values_the_entry_at_promotion_time()
    {
        var (organiser, holder, waiting) = (await new Programme(_apps).InEpisodeAsync(), await new Programme(_apps).InEpisodeAsync(),
            await new Programme(_apps).InEpisodeAsync());
        var start = Tomorrow9.AddDays(26);
        var id = (await CreateAsync(organiser.Referent, Session(start, capacity: 1, entryCode: "REM-CULT-01"))).GetProperty("id").GetGuid();
        var held = await Json(await BookAsync(holder, id), HttpStatusCode.Created);
        Assert.Equal("WAITLISTED", (await Json(await BookAsync(waiting, id), HttpStatusCode.Created)).GetProperty("status").GetString());
        await Json(await _apps.Catalogue.ClientFor(TestTokens.Operator()).PostAsync("/api/catalogue/entries/REM-CULT-01/archive", null), HttpStatusCode.OK);

        await Json(await holder.Referent.PostAsync($"/api/scheduling/calendar/bookings/{held.GetProperty("id").GetGuid()}/cancel", null), HttpStatusCode.OK);

        var seen = await EventAsync(waiting.Referent, id);
        var passedOver = Assert.Single(seen.GetProperty("bookings").EnumerateArray());
        Assert.Equal("WAITLISTED", passedOver.GetProperty("status").GetString());
        Assert.StartsWith("catalogue-refused", passedOver.GetProperty("waitlistReason").GetString());
        Assert.Equal((0, 1), (seen.GetProperty("seatsTaken").GetInt32(), seen.GetProperty("seatsLeft").GetInt32()));
        Assert.Empty(await OutboxAsync(waiting.Person));
    }

    [Fact]
    public async Task A_cancelled_booking_no_longer_counts_in_the_weekly_cap_of_the_next_activity_of_the_entry()
    {
        // SAV-FLE-01: real time capped at 6 h a week
        var (organiser, world) = (await new Programme(_apps).InEpisodeAsync(), await new Programme(_apps).InEpisodeAsync());
        var start = Tomorrow9.AddDays(25);
        var id = (await CreateAsync(organiser.Referent, Session(start, capacity: 4, "SAVOIRS_BASE", "SAV-FLE-01"))).GetProperty("id").GetGuid();
        var booking = await Json(await BookAsync(world, id), HttpStatusCode.Created);
        await Json(await world.Referent.PostAsync($"/api/scheduling/calendar/bookings/{booking.GetProperty("id").GetGuid()}/cancel", null), HttpStatusCode.OK);

        var course = await world.BookedAsync(new { entryCode = "SAV-FLE-01", plannedStart = start.AddHours(4), plannedEnd = start.AddHours(8) });

        // the cancelled 3 h hold nothing: 4 h of the 6 h are left, not 6 h - 3 h = 3 h
        Assert.Equal(4m, course.GetProperty("plannedHours").GetDecimal());
    }

    [Fact]
    public async Task The_organiser_updates_with_If_Match_a_larger_capacity_serves_the_waitlist_and_never_goes_below_the_seats_taken()
    {
        var (organiser, a, b) = (await new Programme(_apps).InEpisodeAsync(), await new Programme(_apps).InEpisodeAsync(), await new Programme(_apps).InEpisodeAsync());
        var start = Tomorrow9.AddDays(23);
        var id = (await CreateAsync(organiser.Partner, Session(start, capacity: 1))).GetProperty("id").GetGuid();
        await Json(await BookAsync(a, id), HttpStatusCode.Created);
        Assert.Equal("WAITLISTED", (await Json(await BookAsync(b, id), HttpStatusCode.Created)).GetProperty("status").GetString());
        var etag = (await organiser.Partner.GetAsync($"/api/scheduling/calendar/events/{id}")).Headers.ETag!.Tag;

        var byOther = await a.Referent.PutAsJsonAsync($"/api/scheduling/calendar/events/{id}", Session(start, capacity: 2));
        var larger = await SendAsync(organiser.Partner, HttpMethod.Put, $"/api/scheduling/calendar/events/{id}", Session(start.AddHours(1), capacity: 2), etag);
        var stale = await SendAsync(organiser.Partner, HttpMethod.Put, $"/api/scheduling/calendar/events/{id}", Session(start, capacity: 3), etag);
        var below = await organiser.Partner.PutAsJsonAsync($"/api/scheduling/calendar/events/{id}", Session(start.AddHours(1), capacity: 1));

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        var updated = await Json(larger, HttpStatusCode.OK);
        Assert.Equal((2, 0, 1), (updated.GetProperty("seatsTaken").GetInt32(), updated.GetProperty("waitlistLength").GetInt32(), updated.GetProperty("sequence").GetInt32()));
        Assert.Equal(2, updated.GetProperty("bookings").GetArrayLength());   // the partner organising it sees its attendance sheet
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("capacity-below-seats-taken", await CodeOf(below, HttpStatusCode.Conflict));
        var moved = Assert.Single((await Json(await a.WeekAsync(a.Referent, IsoWeek.Of(start).ToString()), HttpStatusCode.OK)).GetProperty("assignments").EnumerateArray());
        Assert.Equal(start.AddHours(1), moved.GetProperty("plannedStart").GetDateTimeOffset());
        Assert.Equal(["AssignmentBooked"], await OutboxAsync(b.Person));   // promoted from the waitlist
    }

    [Fact]
    public async Task Cancelling_an_event_cancels_its_bookings_and_assignments_and_the_sessions_feed_strikes_it_out()
    {
        var (organiser, other) = (await new Programme(_apps).InEpisodeAsync(), await new Programme(_apps).InEpisodeAsync());
        var start = Tomorrow9.AddDays(24);
        var id = (await CreateAsync(organiser.Manager, Session(start, capacity: 5, theme: "SANTE"))).GetProperty("id").GetGuid();
        var booking = await Json(await BookAsync(other, id), HttpStatusCode.Created);
        var url = (await Json(await other.Referent.PostAsJsonAsync("/api/scheduling/feeds/sessions", new { territory = "75", theme = "SANTE" }), HttpStatusCode.Created))
            .GetProperty("url").GetString()!;
        var before = FeedEvent(await _apps.Scheduling.CreateClient().GetStringAsync(url), id);

        var cancelled = await Json(await organiser.Manager.PostAsync($"/api/scheduling/calendar/events/{id}/cancel", null), HttpStatusCode.OK);
        var after = FeedEvent(await _apps.Scheduling.CreateClient().GetStringAsync(url), id);

        Assert.Equal(("0", "CONFIRMED"), (before["SEQUENCE"], before["STATUS"]));
        Assert.Equal(ParisWallClock(start), before["DTSTART;TZID=Europe/Paris"]);
        Assert.Equal(("1", "CANCELLED"), (after["SEQUENCE"], after["STATUS"]));
        Assert.True(cancelled.GetProperty("cancelled").GetBoolean());
        Assert.Equal("CANCELLED_BY_PROVIDER", (await other.Referent.GetFromJsonAsync<JsonElement>(
            $"/api/scheduling/assignments/{booking.GetProperty("assignmentId").GetGuid()}")).GetProperty("status").GetString());
        Assert.Equal("CANCELLED_BY_PROVIDER", Assert.Single((await EventAsync(other.Referent, id)).GetProperty("bookings").EnumerateArray())
            .GetProperty("status").GetString());
        Assert.Equal("event-cancelled", await CodeOf(await BookAsync(organiser, id), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Professionals_register_to_a_coordination_meeting_with_a_waitlist_and_a_withdrawal_serves_the_next()
    {
        var (organiser, a, b) = (await new Programme(_apps).InEpisodeAsync(), new Programme(_apps), new Programme(_apps));
        var meeting = (await CreateAsync(organiser.Partner, new
        {
            kind = "COORDINATION", territory = "75", title = "Comité de suivi O2R", start = Tomorrow9.AddDays(25), end = Tomorrow9.AddDays(25).AddHours(2),
            videoLink = "https://visio.example.org/comite", capacity = 1,
        })).GetProperty("id").GetGuid();
        var path = $"/api/scheduling/calendar/events/{meeting}/participants";

        var registered = await Json(await a.Referent.PostAsync(path, null), HttpStatusCode.Created);
        var waiting = await Json(await b.Manager.PostAsync(path, null), HttpStatusCode.Created);
        var twice = await a.Referent.PostAsync(path, null);
        var personIntoMeeting = await BookAsync(organiser, meeting);
        var withdrawn = await Json(await a.Referent.DeleteAsync(path), HttpStatusCode.OK);

        Assert.Equal(("BOOKED", "WAITLISTED"), (registered.GetProperty("status").GetString(), waiting.GetProperty("status").GetString()));
        Assert.Equal("already-registered", await CodeOf(twice, HttpStatusCode.Conflict));
        Assert.Equal("not-a-collective-session", await CodeOf(personIntoMeeting, HttpStatusCode.Conflict));
        Assert.Equal("CANCELLED", withdrawn.GetProperty("status").GetString());
        Assert.Equal("BOOKED", Assert.Single((await EventAsync(b.Manager, meeting)).GetProperty("bookings").EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await a.Referent.DeleteAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_shared_calendar_merges_events_and_partner_sessions_in_time_order_page_by_page_for_every_professional_of_the_territory()
    {
        var organiser = await new Programme(_apps).InEpisodeAsync();
        var day = Tomorrow9.AddDays(300 + Random.Shared.Next(300));
        var meeting = (await CreateAsync(organiser.Partner, new
        {
            kind = "COORDINATION", territory = "75", theme = "IAE", title = "Réunion partenariale", start = day.AddHours(4), end = day.AddHours(5), location = "Mairie",
        })).GetProperty("id").GetGuid();
        var session = (await CreateAsync(organiser.Referent, Session(day, capacity: 4))).GetProperty("id").GetGuid();
        var partnerSession = await organiser.SessionAsync(day.AddHours(2));
        var pilot = _apps.ClientFor(TestTokens.Issuer.Mint(new PlatformUser("pilot-1", "Pilote", "comite-75", "committee", "pilot", ["75"]), TimeSpan.FromHours(1)));
        var window = $"territory=75&from={Uri.EscapeDataString(day.AddMinutes(-1).ToString("O"))}&to={Uri.EscapeDataString(day.AddHours(6).ToString("O"))}";

        var first = await Json(await pilot.GetAsync($"/api/scheduling/calendar?{window}&limit=2"), HttpStatusCode.OK);
        var second = await Json(await pilot.GetAsync($"/api/scheduling/calendar?{window}&limit=2&cursor={first.GetProperty("nextCursor").GetString()}"), HttpStatusCode.OK);
        var iae = await Json(await organiser.Manager.GetAsync($"/api/scheduling/calendar?{window}&theme=IAE"), HttpStatusCode.OK);

        var items = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal([session, partnerSession, meeting], items.Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(["COLLECTIVE_SESSION", "PARTNER_SESSION", "COORDINATION"], items.Select(i => i.GetProperty("kind").GetString()));
        Assert.Equal((4, 4, 0), (items[0].GetProperty("capacity").GetInt32(), items[0].GetProperty("seatsLeft").GetInt32(), items[0].GetProperty("waitlistLength").GetInt32()));
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("waitlistLength").ValueKind);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(meeting, Assert.Single(iae.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await organiser.Referent.GetAsync("/api/scheduling/calendar?territory=13")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await organiser.Referent.GetAsync("/api/scheduling/calendar?territory=75&from=yesterday")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await organiser.Referent.GetAsync(
            $"/api/scheduling/calendar?territory=75&from={Uri.EscapeDataString(day.ToString("O"))}&to={Uri.EscapeDataString(day.AddDays(-1).ToString("O"))}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await organiser.Referent.GetAsync("/api/scheduling/calendar?territory=75&cursor=not-a-cursor")).StatusCode);
    }

    [Fact]
    public async Task Creating_an_event_needs_a_territory_of_the_token_a_professional_who_organises_and_valid_times_and_is_audited_once_per_key()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(26);
        var pilot = _apps.ClientFor(TestTokens.Issuer.Mint(new PlatformUser("pilot-2", "Pilote", "comite-75", "committee", "pilot", ["75"]), TimeSpan.FromHours(1)));
        var key = Guid.NewGuid().ToString();

        Task<HttpResponseMessage> CreateWithKeyAsync()
        {
            var message = new HttpRequestMessage(HttpMethod.Post, "/api/scheduling/calendar/events") { Content = JsonContent.Create(Session(start, 6)) };
            message.Headers.Add("Idempotency-Key", key);
            return world.Referent.SendAsync(message);
        }

        var created = await Json(await CreateWithKeyAsync(), HttpStatusCode.Created);
        var replayed = await Json(await CreateWithKeyAsync(), HttpStatusCode.Created);

        Assert.Equal(created.GetProperty("id").GetGuid(), replayed.GetProperty("id").GetGuid());
        Assert.Equal(1L, await ScalarAsync($"select count(*) from audit_entries where \"EntityId\" = '{created.GetProperty("id").GetGuid()}' and \"Action\" = 'calendar.event.created'"));
        Assert.Equal(HttpStatusCode.NotFound, (await world.Referent.PostAsJsonAsync("/api/scheduling/calendar/events",
            new { kind = "COORDINATION", territory = "13", title = "Synthèse", start, end = start.AddHours(1), location = "Ici" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pilot.PostAsJsonAsync("/api/scheduling/calendar/events", Session(start, 6))).StatusCode);
        var invalid = await Json(await world.Referent.PostAsJsonAsync("/api/scheduling/calendar/events", new
        {
            kind = "COLLECTIVE_SESSION", territory = "75", theme = "PLOMBERIE", title = "Atelier", start, end = start.AddHours(13), location = "Ici",
        }), HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        Assert.True(errors.TryGetProperty("theme", out _) && errors.TryGetProperty("entryCode", out _) && errors.TryGetProperty("capacity", out _)
            && errors.TryGetProperty("end", out _), errors.ToString());
    }

    private static Dictionary<string, string> FeedEvent(string text, Guid id) =>
        new ICalendarText(text).Components("VEVENT").Single(e => e["UID"] == $"{id}@intensif");

    private static string ParisWallClock(DateTimeOffset instant) =>
        ParisTime.ToParis(instant).ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body, string ifMatch)
    {
        var message = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        message.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(message);
    }

    private Task<long> ScalarAsync(string sql) => SchedulingClient.ScalarAsync(_apps.ConnectionString, sql);

    private Task<List<string>> OutboxAsync(Guid person) => SchedulingClient.OutboxTypesAsync(_apps.ConnectionString, person);
}
