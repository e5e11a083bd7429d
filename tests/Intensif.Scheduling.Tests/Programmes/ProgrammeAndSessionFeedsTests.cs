using Intensif.ServiceDefaults.Time;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.IntegrationEvents;
using Intensif.Scheduling.Api.Domain;
using Intensif.Scheduling.Tests.Calendar;
using Intensif.Testing;
using static Intensif.Scheduling.Tests.Programmes.Programme;

namespace Intensif.Scheduling.Tests.Programmes;

/// <summary>
/// The feeds of a person's weekly programme and of a territory's partner sessions, on real PostgreSQL and RabbitMQ:
/// the produced iCalendar text is parsed (UID, DTSTART;TZID, SEQUENCE, STATUS), scoping and revocation.
/// </summary>
public sealed class ProgrammeAndSessionFeedsTests : IClassFixture<ProgrammeApps>
{
    private readonly ProgrammeApps _apps;

    public ProgrammeAndSessionFeedsTests(ProgrammeApps apps) => _apps = apps;

    private DateTimeOffset Tomorrow9 => new DateTimeOffset(_apps.Clock.Now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1).AddHours(8);

    private HttpClient Anonymous => _apps.Scheduling.CreateClient();

    [Fact]
    public async Task A_programme_feed_serves_the_persons_booked_activities_without_a_token_and_strikes_out_a_provider_cancellation()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(14);
        var session = await world.SessionAsync(start);
        var id = (await world.AcceptedReferralAsync(session)).GetProperty("id").GetGuid();
        var proposalStart = Tomorrow9.AddDays(15);
        var proposal = (await world.BookedAsync(new { entryCode = "TRE-CAND-01", plannedStart = proposalStart, plannedEnd = proposalStart.AddHours(1), booked = false }))
            .GetProperty("id").GetGuid();
        var url = (await Json(await world.Referent.PostAsync($"/api/scheduling/programmes/{world.Person}/feeds", null), HttpStatusCode.Created))
            .GetProperty("url").GetString()!;

        var first = await Anonymous.GetAsync(url);
        await _apps.PublishAsync(new SessionCancelled(Guid.NewGuid(), _apps.Clock.Now, session, world.Structure, "GEN-COL-01", start, "75"));
        await Eventually.MatchAsync(() => world.Referent.GetFromJsonAsync<JsonElement>($"/api/scheduling/assignments/{id}"),
            a => a.GetProperty("status").GetString() == "CANCELLED_BY_PROVIDER");
        var second = await Anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/calendar", first.Content.Headers.ContentType?.MediaType);
        var calendar = new ICalendarText(await first.Content.ReadAsStringAsync());
        Assert.Equal("BEGIN:VCALENDAR", calendar.Lines[0]);
        Assert.Equal("Europe/Paris", Assert.Single(calendar.Components("VTIMEZONE"))["TZID"]);
        var before = Assert.Single(calendar.Components("VEVENT"));
        Assert.DoesNotContain(calendar.Lines, l => l.Contains(proposal.ToString()));   // a proposal nobody booked is not in it
        var after = Assert.Single(new ICalendarText(await second.Content.ReadAsStringAsync()).Components("VEVENT"));
        Assert.Equal($"{id}@intensif", before["UID"]);
        Assert.Equal(ParisWallClock(start), before["DTSTART;TZID=Europe/Paris"]);
        Assert.Equal(ParisWallClock(start.AddHours(3)), before["DTEND;TZID=Europe/Paris"]);
        Assert.Equal(("0", "CONFIRMED"), (before["SEQUENCE"], before["STATUS"]));
        Assert.Equal(before["UID"], after["UID"]);
        Assert.Equal(("1", "CANCELLED"), (after["SEQUENCE"], after["STATUS"]));
    }

    [Fact]
    public async Task A_programme_feed_is_created_by_the_persons_referent_or_a_manager_only_and_answers_404_once_revoked()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var path = $"/api/scheduling/programmes/{world.Person}/feeds";
        var otherOrganisme = TestTokens.NewOrganisme();

        var byOtherOrganisme = await _apps.ClientFor(TestTokens.Referent(otherOrganisme)).PostAsync(path, null);
        var byOtherReferent = await _apps.ClientFor(TestTokens.Referent(world.Organisme, "referent-2")).PostAsync(path, null);
        var byPartner = await world.Partner.PostAsync(path, null);
        var byManager = await Json(await world.Manager.PostAsync(path, null), HttpStatusCode.Created);
        var byReferent = await Json(await world.Referent.PostAsync(path, null), HttpStatusCode.Created);
        var (feedId, url) = (byReferent.GetProperty("id").GetGuid(), byReferent.GetProperty("url").GetString()!);
        var revokedByOtherManager = await _apps.ClientFor(TestTokens.Manager(otherOrganisme)).DeleteAsync($"/api/scheduling/feeds/{feedId}");
        var stillServed = await Anonymous.GetAsync(url);
        var revokedByManager = await world.Manager.DeleteAsync($"/api/scheduling/feeds/{feedId}");

        Assert.Equal(HttpStatusCode.NotFound, byOtherOrganisme.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherReferent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byPartner.StatusCode);
        Assert.NotEqual(url, byManager.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.NotFound, revokedByOtherManager.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillServed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revokedByManager.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.GetAsync(byManager.GetProperty("url").GetString())).StatusCode);
    }

    [Fact]
    public async Task A_retried_feed_creation_with_the_same_Idempotency_Key_gets_the_first_url_and_creates_one_feed()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var key = Guid.NewGuid().ToString();

        Task<HttpResponseMessage> SendAsync()
        {
            var message = new HttpRequestMessage(HttpMethod.Post, "/api/scheduling/feeds/sessions") { Content = JsonContent.Create(new { territory = "75" }) };
            message.Headers.Add("Idempotency-Key", key);
            return world.Referent.SendAsync(message);
        }

        var first = await Json(await SendAsync(), HttpStatusCode.Created);
        var retry = await SendAsync();
        var again = await Json(retry, HttpStatusCode.Created);

        Assert.Equal(first.GetProperty("url").GetString(), again.GetProperty("url").GetString());
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.GetAsync(first.GetProperty("url").GetString())).StatusCode);
    }

    [Fact]
    public async Task A_territory_and_theme_feed_serves_its_partner_sessions_and_follows_their_updates_and_cancellation()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var start = Tomorrow9.AddDays(21);
        var mobility = await world.SessionAsync(start);
        var digital = await PublishSessionAsync(world, start, "NUMERIQUE", "75");
        var elsewhere = await PublishSessionAsync(world, start, "MOBILITE", "13");
        var themeFeed = await CreateSessionsFeedAsync(world.Referent, new { territory = "75", theme = "MOBILITE" });
        var territoryFeed = await CreateSessionsFeedAsync(world.Manager, new { territory = "75" });

        var first = await EventsAsync(themeFeed);
        var wholeTerritory = await EventsAsync(territoryFeed);
        var moved = start.AddDays(1);
        await _apps.PublishAsync(new SessionUpdated(Guid.NewGuid(), _apps.Clock.Now.AddSeconds(1), mobility, world.Structure, "GEN-COL-01", moved, moved.AddHours(2),
            "Salle B", null, 10, 9, "75", "MOBILITE"));
        await Eventually.MatchAsync(() => EventsAsync(themeFeed), e => e.TryGetValue(mobility, out var v) && v["SEQUENCE"] == "1");
        await _apps.PublishAsync(new SessionCancelled(Guid.NewGuid(), _apps.Clock.Now.AddSeconds(2), mobility, world.Structure, "GEN-COL-01", moved, "75"));
        await Eventually.MatchAsync(() => EventsAsync(themeFeed), e => e[mobility]["STATUS"] == "CANCELLED");
        var last = await EventsAsync(themeFeed);

        Assert.Equal(ParisWallClock(start), first[mobility]["DTSTART;TZID=Europe/Paris"]);
        Assert.Equal(("0", "CONFIRMED"), (first[mobility]["SEQUENCE"], first[mobility]["STATUS"]));
        Assert.False(first.ContainsKey(digital));
        Assert.False(first.ContainsKey(elsewhere));
        Assert.True(wholeTerritory.ContainsKey(mobility) && wholeTerritory.ContainsKey(digital));
        Assert.False(wholeTerritory.ContainsKey(elsewhere));
        Assert.Equal($"{mobility}@intensif", last[mobility]["UID"]);
        Assert.Equal(ParisWallClock(moved), last[mobility]["DTSTART;TZID=Europe/Paris"]);
        Assert.Equal(("2", "CANCELLED"), (last[mobility]["SEQUENCE"], last[mobility]["STATUS"]));
    }

    [Fact]
    public async Task A_sessions_feed_is_created_only_by_organisme_staff_of_the_territory_and_answers_404_once_revoked()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var otherOrganisme = TestTokens.NewOrganisme();

        var otherTerritory = await world.Referent.PostAsJsonAsync("/api/scheduling/feeds/sessions", new { territory = "13" });
        var noTerritory = await world.Referent.PostAsJsonAsync("/api/scheduling/feeds/sessions", new { theme = "MOBILITE" });
        var byPartner = await world.Partner.PostAsJsonAsync("/api/scheduling/feeds/sessions", new { territory = "75" });
        var created = await Json(await world.Referent.PostAsJsonAsync("/api/scheduling/feeds/sessions", new { territory = "75" }), HttpStatusCode.Created);
        var (feedId, url) = (created.GetProperty("id").GetGuid(), created.GetProperty("url").GetString()!);
        var revokedByOtherOrganisme = await _apps.ClientFor(TestTokens.Manager(otherOrganisme)).DeleteAsync($"/api/scheduling/feeds/{feedId}");
        var revokedByOtherReferent = await _apps.ClientFor(TestTokens.Referent(world.Organisme, "referent-2")).DeleteAsync($"/api/scheduling/feeds/{feedId}");
        var stillServed = await Anonymous.GetAsync(url);
        var revoked = await world.Referent.DeleteAsync($"/api/scheduling/feeds/{feedId}");

        Assert.Equal(HttpStatusCode.NotFound, otherTerritory.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noTerritory.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byPartner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revokedByOtherOrganisme.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revokedByOtherReferent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillServed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Creating_and_revoking_a_programme_feed_is_audited_for_the_person_without_the_secret_and_a_refusal_is_not()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var path = $"/api/scheduling/programmes/{world.Person}/feeds";
        Assert.Equal(HttpStatusCode.NotFound, (await _apps.ClientFor(TestTokens.Referent(world.Organisme, "referent-2")).PostAsync(path, null)).StatusCode);
        var created = await Json(await world.Referent.PostAsync(path, null), HttpStatusCode.Created);
        var token = created.GetProperty("url").GetString()!.Split('/')[^1].Replace(".ics", "");
        _apps.Clock.Advance(TimeSpan.FromMinutes(5));   // entries are ordered by time: two writes at one instant have no order

        Assert.Equal(HttpStatusCode.NoContent, (await world.Manager.DeleteAsync($"/api/scheduling/feeds/{created.GetProperty("id").GetGuid()}")).StatusCode);

        await using var connection = new Npgsql.NpgsqlConnection(_apps.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "select \"Action\" || ' by ' || \"ActorRole\", coalesce(\"After\"::text, '') from audit_entries where \"Stream\" = @id::text order by \"Sequence\"", connection);
        command.Parameters.AddWithValue("id", world.Person);
        var rows = new List<(string Action, string After)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetString(1)));

        Assert.Equal(["feed.created by referent", "feed.revoked by manager"], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.DoesNotContain(token, r.After));
    }

    private async Task<Guid> PublishSessionAsync(Programme world, DateTimeOffset start, string theme, string territory)
    {
        var session = Guid.NewGuid();
        await _apps.PublishAsync(new SessionPublished(Guid.NewGuid(), _apps.Clock.Now, session, world.Structure, "GEN-COL-01", start, start.AddHours(3),
            null, null, 10, 10, territory, theme));
        await Eventually.MatchAsync(() => world.Referent.GetAsync($"/api/scheduling/sessions/{session}"), r => r.StatusCode == HttpStatusCode.OK);
        return session;
    }

    private static async Task<string> CreateSessionsFeedAsync(HttpClient client, object request) =>
        (await Json(await client.PostAsJsonAsync("/api/scheduling/feeds/sessions", request), HttpStatusCode.Created)).GetProperty("url").GetString()!;

    /// <summary>The feed's VEVENTs by the session id of their UID.</summary>
    private async Task<Dictionary<Guid, Dictionary<string, string>>> EventsAsync(string url)
    {
        var response = await Anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new ICalendarText(await response.Content.ReadAsStringAsync()).Components("VEVENT")
            .ToDictionary(e => Guid.Parse(e["UID"].Split('@')[0]));
    }

    private static string ParisWallClock(DateTimeOffset instant) =>
        ParisTime.ToParis(instant).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
