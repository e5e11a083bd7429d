using Intensif.ServiceDefaults.Time;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Intensif.Indicators.Tests.EventHistory;

namespace Intensif.Indicators.Tests;

/// <summary>Satisfaction answers, managers' action lists and exports, through the API on real PostgreSQL and RabbitMQ.</summary>
public sealed class ManagerApiTests : IAsyncLifetime
{
    private ServiceApp<IndicatorsDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<IndicatorsDbContext>.StartAsync("indicatorsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static IntensiveEpisodeStarted Started(Guid episode, string org, Guid person, DateOnly start, DateOnly plannedEnd, string referent = "r1") =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, episode, Guid.NewGuid(), org, "75", person, referent, start, plannedEnd, 15m);

    private async Task<bool> EpisodeKnownAsync(Guid episode, bool ended)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>().IntensiveEpisodes.AsNoTracking()
            .SingleOrDefaultAsync(e => e.EpisodeId == episode);
        return row is { StartDate: not null } && (row.EndedOn != null) == ended;
    }

    private static HttpRequestMessage Post(string url, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("code", out var code) ? code.GetString() : null;

    [Fact]
    public async Task A_satisfaction_answer_is_recorded_once_per_exit_replayed_on_retry_and_feeds_I5()
    {
        var org = TestTokens.NewOrganisme();
        var (ended, open) = (Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(_app.Services, new IntensiveEpisodeEnded(Guid.NewGuid(), DateTimeOffset.UtcNow, ended, Guid.NewGuid(), org, "75", Guid.NewGuid(),
            Day("2026-01-05"), Day("2026-03-20"), "EMPLOI_DURABLE", []));
        await PublishAsync(_app.Services, Started(open, org, Guid.NewGuid(), Day("2026-01-05"), Day("2026-09-05")));
        Assert.True(await Eventually.MatchAsync(() => EpisodeKnownAsync(ended, ended: true), known => known));
        Assert.True(await Eventually.MatchAsync(() => EpisodeKnownAsync(open, ended: false), known => known));
        var referent = _app.ClientFor(TestTokens.Referent(org));
        var url = $"/api/indicators/organismes/{org}/episodes/{{0}}/satisfaction-answers";
        var key = Guid.NewGuid().ToString();

        var first = await referent.SendAsync(Post(string.Format(url, ended), new { score = 4, comment = "Bon accompagnement" }, key));
        var retry = await referent.SendAsync(Post(string.Format(url, ended), new { score = 4, comment = "Bon accompagnement" }, key));
        var second = await referent.SendAsync(Post(string.Format(url, ended), new { score = 1 }, Guid.NewGuid().ToString()));
        var notEnded = await referent.SendAsync(Post(string.Format(url, open), new { score = 3 }, null));
        var badScore = await referent.SendAsync(Post(string.Format(url, ended), new { score = 7 }, null));
        var foreign = await _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()))
            .SendAsync(Post($"/api/indicators/organismes/{org}/episodes/{ended}/satisfaction-answers", new { score = 3 }, null));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answerId").GetGuid(),
            (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answerId").GetGuid());
        Assert.Equal((HttpStatusCode.Conflict, "survey-already-answered"), (second.StatusCode, await CodeOf(second)));
        Assert.Equal((HttpStatusCode.Conflict, "no-pending-invitation"), (notEnded.StatusCode, await CodeOf(notEnded)));
        Assert.Equal(HttpStatusCode.BadRequest, badScore.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        var manager = _app.ClientFor(TestTokens.Manager(org));
        var satisfaction = await manager.GetFromJsonAsync<JsonElement>($"/api/indicators/organismes/{org}/I5_SATISFACTION?from=2026-03&to=2026-03");
        var rate = await manager.GetFromJsonAsync<JsonElement>($"/api/indicators/organismes/{org}/I5_RESPONSE_RATE?from=2026-03&to=2026-03");
        Assert.Equal(100m, satisfaction.GetProperty("rows")[0].GetProperty("value").GetDecimal());
        Assert.Equal(100m, rate.GetProperty("rows")[0].GetProperty("value").GetDecimal());
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
        Assert.Equal(1, await db.SatisfactionAnswers.CountAsync(a => a.EpisodeId == ended));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "satisfaction.answered" && a.ActorOrganisation == org));
        Assert.DoesNotContain("Bon accompagnement", (await db.AuditEntries.SingleAsync(a => a.ActorOrganisation == org)).After);
    }

    [Fact]
    public async Task A_mid_course_invitation_is_recorded_once_per_episode_and_month_replayed_on_retry_and_counts_in_the_response_rate()
    {
        var org = TestTokens.NewOrganisme();
        var (ended, open) = (Guid.NewGuid(), Guid.NewGuid());
        var today = ParisTime.DayOf(DateTimeOffset.UtcNow);
        var month = today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await PublishAsync(_app.Services, new IntensiveEpisodeEnded(Guid.NewGuid(), DateTimeOffset.UtcNow, ended, Guid.NewGuid(), org, "75", Guid.NewGuid(),
            today.AddMonths(-3), new DateOnly(today.Year, today.Month, 1), "EMPLOI_DURABLE", []));
        await PublishAsync(_app.Services, Started(open, org, Guid.NewGuid(), today.AddMonths(-2), today.AddMonths(4)));
        Assert.True(await Eventually.MatchAsync(() => EpisodeKnownAsync(ended, ended: true), known => known));
        Assert.True(await Eventually.MatchAsync(() => EpisodeKnownAsync(open, ended: false), known => known));
        var referent = _app.ClientFor(TestTokens.Referent(org));
        Assert.Equal(HttpStatusCode.Created, (await referent.SendAsync(Post($"/api/indicators/organismes/{org}/episodes/{ended}/satisfaction-answers",
            new { score = 5 }, null))).StatusCode);
        var url = $"/api/indicators/organismes/{org}/episodes/{{0}}/satisfaction-invitations";
        var key = Guid.NewGuid().ToString();

        var first = await referent.SendAsync(Invite(string.Format(url, open), key));
        var retry = await referent.SendAsync(Invite(string.Format(url, open), key));
        var second = await referent.SendAsync(Invite(string.Format(url, open), Guid.NewGuid().ToString()));
        var afterExit = await referent.SendAsync(Invite(string.Format(url, ended), null));
        var foreign = await _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme())).SendAsync(Invite(string.Format(url, open), null));
        var unknown = await referent.SendAsync(Invite(string.Format(url, Guid.NewGuid()), null));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        var invitation = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((open, month), (invitation.GetProperty("episodeId").GetGuid(), invitation.GetProperty("month").GetString()));
        Assert.Equal(invitation.GetProperty("invitationId").GetGuid(), (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitationId").GetGuid());
        Assert.Equal((HttpStatusCode.Conflict, "invitation-already-sent"), (second.StatusCode, await CodeOf(second)));
        Assert.Equal((HttpStatusCode.Conflict, "episode-not-in-progress"), (afterExit.StatusCode, await CodeOf(afterExit)));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        // one answered exit over one exit and one mid-course invitation
        var rate = await _app.ClientFor(TestTokens.Manager(org)).GetFromJsonAsync<JsonElement>($"/api/indicators/organismes/{org}/I5_RESPONSE_RATE?from={month}&to={month}");
        Assert.Equal((3, 50.0m), (rate.GetProperty("version").GetInt32(), rate.GetProperty("rows")[0].GetProperty("value").GetDecimal()));
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
        Assert.Equal(1, await db.Set<Intensif.Indicators.Api.Domain.SatisfactionInvitation>().CountAsync(i => i.EpisodeId == open));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "satisfaction.invited" && a.ActorOrganisation == org));
    }

    [Fact]
    public async Task During_an_episode_the_answer_to_its_mid_course_invitation_is_recorded_once_and_counts_in_the_response_rate()
    {
        var org = TestTokens.NewOrganisme();
        var (invited, notInvited) = (Guid.NewGuid(), Guid.NewGuid());
        var today = ParisTime.DayOf(DateTimeOffset.UtcNow);
        var month = today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await PublishAsync(_app.Services, Started(invited, org, Guid.NewGuid(), today.AddMonths(-2), today.AddMonths(4)));
        await PublishAsync(_app.Services, Started(notInvited, org, Guid.NewGuid(), today.AddMonths(-2), today.AddMonths(4)));
        Assert.True(await Eventually.MatchAsync(() => EpisodeKnownAsync(invited, ended: false), known => known));
        Assert.True(await Eventually.MatchAsync(() => EpisodeKnownAsync(notInvited, ended: false), known => known));
        var referent = _app.ClientFor(TestTokens.Referent(org));
        var invitation = await (await referent.SendAsync(Invite($"/api/indicators/organismes/{org}/episodes/{invited}/satisfaction-invitations", null)))
            .Content.ReadFromJsonAsync<JsonElement>();
        var url = $"/api/indicators/organismes/{org}/episodes/{{0}}/satisfaction-answers";

        var answer = await referent.SendAsync(Post(string.Format(url, invited), new { score = 5, comment = "À mi-parcours, ça va" }, Guid.NewGuid().ToString()));
        var again = await referent.SendAsync(Post(string.Format(url, invited), new { score = 2 }, Guid.NewGuid().ToString()));
        var noInvitation = await referent.SendAsync(Post(string.Format(url, notInvited), new { score = 4 }, Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        var recorded = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(invitation.GetProperty("invitationId").GetGuid(), recorded.GetProperty("invitationId").GetGuid());
        Assert.Equal((HttpStatusCode.Conflict, "survey-already-answered"), (again.StatusCode, await CodeOf(again)));
        Assert.Equal((HttpStatusCode.Conflict, "no-pending-invitation"), (noInvitation.StatusCode, await CodeOf(noInvitation)));
        var manager = _app.ClientFor(TestTokens.Manager(org));
        var rate = await manager.GetFromJsonAsync<JsonElement>($"/api/indicators/organismes/{org}/I5_RESPONSE_RATE?from={month}&to={month}");
        var satisfaction = await manager.GetFromJsonAsync<JsonElement>($"/api/indicators/organismes/{org}/I5_SATISFACTION?from={month}&to={month}");
        // one answered invitation over one invitation; one satisfied respondent
        Assert.Equal((3, 100.0m), (rate.GetProperty("version").GetInt32(), rate.GetProperty("rows")[0].GetProperty("value").GetDecimal()));
        Assert.Equal((2, 100.0m), (satisfaction.GetProperty("version").GetInt32(), satisfaction.GetProperty("rows")[0].GetProperty("value").GetDecimal()));
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
        Assert.Equal(invitation.GetProperty("invitationId").GetGuid(), (await db.SatisfactionAnswers.SingleAsync(a => a.EpisodeId == invited)).InvitationId);
        Assert.False(await db.SatisfactionAnswers.AnyAsync(a => a.EpisodeId == notInvited));
    }

    private static HttpRequestMessage Invite(string url, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task Managers_read_a_quarters_comments_without_ids_only_when_enough_people_answered()
    {
        var org = TestTokens.NewOrganisme();
        var episodes = Enumerable.Range(1, 5).Select(_ => Guid.NewGuid()).ToList();
        foreach (var (episode, i) in episodes.Select((e, i) => (e, i)))
            await PublishAsync(_app.Services, new IntensiveEpisodeEnded(Guid.NewGuid(), DateTimeOffset.UtcNow, episode, Guid.NewGuid(), org, "75", Guid.NewGuid(),
                Day("2026-01-05"), Day(i == 0 ? "2026-03-31" : "2026-04-1" + i), "AUTRE", []));
        foreach (var episode in episodes) Assert.True(await Eventually.MatchAsync(() => EpisodeKnownAsync(episode, ended: true), known => known));
        var referent = _app.ClientFor(TestTokens.Referent(org));
        foreach (var (episode, i) in episodes.Select((e, i) => (e, i)))
            Assert.Equal(HttpStatusCode.Created, (await referent.SendAsync(Post($"/api/indicators/organismes/{org}/episodes/{episode}/satisfaction-answers",
                new { score = 5 - i % 3, comment = i % 2 == 0 ? $"Commentaire {i}" : null }, null))).StatusCode);
        var manager = _app.ClientFor(TestTokens.Manager(org));

        var q1 = await manager.GetFromJsonAsync<JsonElement>($"/api/indicators/organismes/{org}/satisfaction-comments?quarter=2026-Q1");
        var q2 = await manager.GetFromJsonAsync<JsonElement>($"/api/indicators/organismes/{org}/satisfaction-comments?quarter=2026-Q2");
        var referentAsks = await referent.GetAsync($"/api/indicators/organismes/{org}/satisfaction-comments?quarter=2026-Q1");

        // Q1 holds one respondent: withheld; Q2 holds four, also under 5
        Assert.Equal((1, true, 0), (q1.GetProperty("respondents").GetInt32(), q1.GetProperty("withheld").GetBoolean(), q1.GetProperty("comments").GetArrayLength()));
        Assert.Equal((4, true), (q2.GetProperty("respondents").GetInt32(), q2.GetProperty("withheld").GetBoolean()));
        Assert.Equal(HttpStatusCode.NotFound, referentAsks.StatusCode);

        var late = Guid.NewGuid();
        await PublishAsync(_app.Services, new IntensiveEpisodeEnded(Guid.NewGuid(), DateTimeOffset.UtcNow, late, Guid.NewGuid(), org, "75", Guid.NewGuid(),
            Day("2026-01-05"), Day("2026-05-02"), "AUTRE", []));
        Assert.True(await Eventually.MatchAsync(() => EpisodeKnownAsync(late, ended: true), known => known));
        await referent.SendAsync(Post($"/api/indicators/organismes/{org}/episodes/{late}/satisfaction-answers", new { score = 4, comment = "Merci" }, null));
        var shown = await manager.GetFromJsonAsync<JsonElement>($"/api/indicators/organismes/{org}/satisfaction-comments?quarter=2026-Q2");

        Assert.False(shown.GetProperty("withheld").GetBoolean());
        Assert.Equal(["Commentaire 2", "Commentaire 4", "Merci"], shown.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("comment").GetString()).Order());
        Assert.DoesNotContain("episode", shown.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Managers_get_their_action_lists_by_pseudonymous_id_and_nobody_else_does()
    {
        var org = TestTokens.NewOrganisme();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (ending, later, person) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(_app.Services, Started(ending, org, person, Day("2026-03-01"), today.AddDays(10)));
        await PublishAsync(_app.Services, Started(later, org, Guid.NewGuid(), Day("2026-03-01"), today.AddDays(90)));
        await PublishAsync(_app.Services, new InterviewMissed(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), org, person, At("2026-03-10T09:00:00Z"), "SUIVI", false));
        await PublishAsync(_app.Services, new WeekClosed(Guid.NewGuid(), DateTimeOffset.UtcNow, person, ending, org, "75", "2026-W11", Day("2026-03-09"),
            15m, 15m, 9.5m, 6m, 3.5m, 5.5m, "ILLNESS"));
        var manager = _app.ClientFor(TestTokens.Manager(org));
        var lists = $"/api/indicators/organismes/{org}/action-lists";

        var missed = await Eventually.MatchAsync(() => manager.GetFromJsonAsync<JsonElement>($"{lists}/missed-interviews?month=2026-03"),
            l => l.GetProperty("people").GetArrayLength() > 0);
        var endingSoon = await Eventually.MatchAsync(() => manager.GetFromJsonAsync<JsonElement>($"{lists}/episodes-ending"),
            l => l.GetProperty("people").GetArrayLength() > 0);
        var weeks = await Eventually.MatchAsync(() => manager.GetFromJsonAsync<JsonElement>($"{lists}/weeks-below-target?week=2026-W11"),
            l => l.GetProperty("people").GetArrayLength() > 0);

        Assert.Equal((person, 1, "r1"), (missed.GetProperty("people")[0].GetProperty("beneficiaryId").GetGuid(),
            missed.GetProperty("people")[0].GetProperty("unjustified").GetInt32(), missed.GetProperty("people")[0].GetProperty("referentId").GetString()));
        Assert.Equal([(ending, 10)], endingSoon.GetProperty("people").EnumerateArray()
            .Select(p => (p.GetProperty("episodeId").GetGuid(), p.GetProperty("daysLeft").GetInt32())));
        Assert.Equal(9.5m, weeks.GetProperty("people")[0].GetProperty("realisedHours").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, (await _app.ClientFor(TestTokens.Referent(org)).GetAsync($"{lists}/episodes-ending")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.ClientFor(PilotTokens.Pilot("75")).GetAsync($"{lists}/missed-interviews")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync($"{lists}/weeks-below-target?week=2026-W60")).StatusCode);
    }

    [Fact]
    public async Task Figures_export_as_french_csv_and_as_chart_series_and_pilots_cannot_break_down_by_referent()
    {
        var org = TestTokens.NewOrganisme();
        foreach (var (start, end) in new[] { ("2026-01-01", "2026-02-10"), ("2026-01-01", "2026-02-11"), ("2026-01-01", "2026-02-12") })
            await PublishAsync(_app.Services, new IntensiveEpisodeEnded(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), org, "75",
                Guid.NewGuid(), Day(start), Day(end), "AUTRE", []));
        var manager = _app.ClientFor(TestTokens.Manager(org));
        var url = $"/api/indicators/organismes/{org}/RPE_AVERAGE_DURATION?from=2026-02&to=2026-03";
        await Eventually.MatchAsync(() => manager.GetFromJsonAsync<JsonElement>(url),
            f => f.GetProperty("rows").EnumerateArray().Any(r => r.GetProperty("value").ValueKind == JsonValueKind.Number && r.GetProperty("value").GetDecimal() == 41m));

        var csv = await manager.GetAsync(url + "&format=csv&separator=semicolon&decimal=comma&period=quarter");
        var series = await manager.GetFromJsonAsync<JsonElement>(url + "&format=series");
        var pilot = await _app.ClientFor(PilotTokens.Pilot("75")).GetAsync("/api/indicators/territories/75/RPE_ENTRIES?breakdown=referent");
        var badFormat = await manager.GetAsync(url + "&format=xlsx");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.EndsWith($";2026-Q1;{org};;41;false", Encoding.UTF8.GetString(bytes[3..]).TrimEnd());   // (40 + 41 + 42) / 3 days
        Assert.Equal(["2026-02", "2026-03"], series.GetProperty("periods").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(41m, series.GetProperty("series")[0].GetProperty("values")[0].GetDecimal());
        Assert.Equal(JsonValueKind.Null, series.GetProperty("series")[0].GetProperty("values")[1].ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, pilot.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }

    [Fact]
    public async Task Pilots_see_the_offer_usage_of_their_territory_sessions_and_managers_their_own_bookings()
    {
        var (org, territory) = (TestTokens.NewOrganisme(), "P" + Random.Shared.Next(10, 99));
        var (session, structure) = (Guid.NewGuid(), Guid.NewGuid());
        var start = At("2026-05-12T08:00:00Z");
        await PublishAsync(_app.Services, new SessionPublished(Guid.NewGuid(), DateTimeOffset.UtcNow, session, structure, "EMP-PMSMP-01", start, start.AddHours(3),
            "Salle 2", null, 12, 12, territory, "IAE"));
        var bookings = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        foreach (var (assignment, i) in bookings.Select((a, i) => (a, i)))
        {
            // attendance first for one of them: it waits for its booking
            var attendance = new AttendanceRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, assignment, org, territory, Guid.NewGuid(), Guid.NewGuid(), "2026-W20",
                "EMP-PMSMP-01", session, i < 4 ? "DONE" : "ABSENT_UNJUSTIFIED", i < 4 ? 3m : 0m, "PARTNER");
            var booked = new AssignmentBooked(Guid.NewGuid(), DateTimeOffset.UtcNow, assignment, org, territory, Guid.NewGuid(), Guid.NewGuid(), "2026-W20",
                "EMP-PMSMP-01", session, structure, start, start.AddHours(3), 3m, "ACCOMPAGNEE");
            foreach (var message in i == 0 ? new IIntegrationEvent[] { attendance, booked } : [booked, attendance]) await PublishAsync(_app.Services, message);
        }
        var pilot = _app.ClientFor(PilotTokens.Pilot(territory));

        var usage = await Eventually.MatchAsync(() => pilot.GetFromJsonAsync<JsonElement>($"/api/indicators/territories/{territory}/offer-usage?from=2026-05&to=2026-05"),
            u => u.GetProperty("rows").EnumerateArray().Any(r => r.GetProperty("attended").ValueKind == JsonValueKind.Number && r.GetProperty("attended").GetInt32() == 4
                && r.GetProperty("absent").GetInt32() == 2));
        var mine = await _app.ClientFor(TestTokens.Manager(org)).GetFromJsonAsync<JsonElement>($"/api/indicators/organismes/{org}/offer-usage?from=2026-05&to=2026-05&by=partner");
        var mineByTheme = await _app.ClientFor(TestTokens.Manager(org)).GetFromJsonAsync<JsonElement>($"/api/indicators/organismes/{org}/offer-usage?from=2026-05&to=2026-05&by=theme");
        var byTheme = await pilot.GetFromJsonAsync<JsonElement>($"/api/indicators/territories/{territory}/offer-usage?from=2026-05&to=2026-05&by=theme");
        var unknownKey = await pilot.GetAsync($"/api/indicators/territories/{territory}/offer-usage?by=funder");

        var row = usage.GetProperty("rows")[0];
        Assert.Equal(("EMP-PMSMP-01", 12, 6, 33.3m), (row.GetProperty("key").GetString(), row.GetProperty("seatsOffered").GetInt32(),
            row.GetProperty("booked").GetInt32(), row.GetProperty("noShowRate").GetDecimal()));
        Assert.Equal((structure.ToString(), JsonValueKind.Null, 6), (mine.GetProperty("rows")[0].GetProperty("key").GetString(),
            mine.GetProperty("rows")[0].GetProperty("seatsOffered").ValueKind, mine.GetProperty("rows")[0].GetProperty("booked").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await _app.ClientFor(TestTokens.Manager(org)).GetAsync($"/api/indicators/territories/{territory}/offer-usage")).StatusCode);
        Assert.Equal(("IAE", 12, 6, 4, 33.3m), (byTheme.GetProperty("rows")[0].GetProperty("key").GetString(), byTheme.GetProperty("rows")[0].GetProperty("seatsOffered").GetInt32(),
            byTheme.GetProperty("rows")[0].GetProperty("booked").GetInt32(), byTheme.GetProperty("rows")[0].GetProperty("attended").GetInt32(),
            byTheme.GetProperty("rows")[0].GetProperty("noShowRate").GetDecimal()));
        Assert.Equal(("IAE", JsonValueKind.Null, 6), (mineByTheme.GetProperty("rows")[0].GetProperty("key").GetString(),
            mineByTheme.GetProperty("rows")[0].GetProperty("seatsOffered").ValueKind, mineByTheme.GetProperty("rows")[0].GetProperty("booked").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, unknownKey.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_operation_with_examples_and_the_idempotency_key_of_the_survey_post()
    {
        var document = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value))).ToList();

        var post = operations.Single(o => o.Path == "/api/indicators/organismes/{organismeId}/episodes/{episodeId}/satisfaction-answers").Operation;
        Assert.True(post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _));
        Assert.Contains(post.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
        var invite = operations.Single(o => o.Path == "/api/indicators/organismes/{organismeId}/episodes/{episodeId}/satisfaction-invitations").Operation;
        Assert.True(invite.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _));
        Assert.Contains(invite.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
        Assert.All(operations.Where(o => o.Path.StartsWith("/api/indicators/", StringComparison.Ordinal)), o =>
        {
            Assert.True(o.Operation.TryGetProperty("summary", out _), o.Path);
            Assert.True(o.Operation.TryGetProperty("description", out _), o.Path);
        });
        Assert.True(operations.Single(o => o.Path == "/api/indicators/territories/{territory}/offer-usage").Operation
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _));
    }
}
