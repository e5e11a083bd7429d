using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Hosting.Identity;
using Intensif.IntegrationEvents;
using Intensif.Scheduling.Api.Domain;
using Intensif.Testing;

namespace Intensif.Scheduling.Tests.Programmes;

/// <summary>One test's world: an organisme, its référent, a person in an intensive episode, and a partner structure.</summary>
internal sealed class Programme(ProgrammeApps apps)
{
    private readonly Dictionary<Guid, (DateTimeOffset Start, DateTimeOffset End, string EntryCode)> _sessions = [];

    public string Organisme { get; } = TestTokens.NewOrganisme();
    public Guid Person { get; } = Guid.NewGuid();
    public Guid EpisodeId { get; } = Guid.NewGuid();
    public Guid ContractId { get; } = Guid.NewGuid();
    public Guid Structure { get; } = Guid.NewGuid();
    public HttpClient Referent => apps.ClientFor(TestTokens.Referent(Organisme));
    public HttpClient Manager => apps.ClientFor(TestTokens.Manager(Organisme));
    public HttpClient Partner => PartnerOf(Structure);

    public HttpClient PartnerOf(Guid structure) =>
        apps.ClientFor(TestTokens.Issuer.Mint(new PlatformUser("partner-" + structure.ToString("N")[..6], "Partenaire", structure.ToString(), "partner", "partner", ["75"]),
            TimeSpan.FromHours(1)));

    /// <summary>Contracts starts the person's episode; returns once Scheduling lists them in the référent's portfolio.</summary>
    public async Task<Programme> InEpisodeAsync(decimal target = 15, DateOnly? start = null, DateOnly? plannedEnd = null)
    {
        var today = DateOnly.FromDateTime(apps.Clock.Now.UtcDateTime);
        await apps.PublishAsync(new IntensiveEpisodeStarted(Guid.NewGuid(), apps.Clock.Now, EpisodeId, ContractId, Organisme, "75", Person, "referent-1",
            start ?? today.AddDays(-60), plannedEnd ?? today.AddMonths(4), target));
        await Eventually.MatchAsync(() => Referent.GetFromJsonAsync<JsonElement>("/api/scheduling/portfolio"),
            p => p.EnumerateArray().Any(e => e.GetProperty("beneficiaryId").GetGuid() == Person));
        return this;
    }

    /// <summary>The partner publishes a session of a seeded catalogue entry; returns once Scheduling knows it.</summary>
    public async Task<Guid> SessionAsync(DateTimeOffset start, double hours = 3, string entryCode = "GEN-COL-01")
    {
        var session = Guid.NewGuid();
        await apps.PublishAsync(new SessionPublished(Guid.NewGuid(), apps.Clock.Now, session, Structure, entryCode, start, start.AddHours(hours),
            "12 rue de la Gare", null, 10, 10, "75", "MOBILITE"));
        await Eventually.MatchAsync(() => Referent.GetAsync($"/api/scheduling/sessions/{session}"), r => r.StatusCode == HttpStatusCode.OK);
        _sessions[session] = (start, start.AddHours(hours), entryCode);
        return session;
    }

    /// <summary>
    /// Partners accepted a referral of the person to the session (ReferralAccepted): the seat is held and the session is
    /// booked into the programme. Returns the assignment once Scheduling shows it with <paramref name="status"/>.
    /// </summary>
    public async Task<JsonElement> AcceptedReferralAsync(Guid session, string status = "BOOKED", Guid? referral = null)
    {
        var (start, end, entryCode) = _sessions[session];
        await apps.PublishAsync(new ReferralAccepted(Guid.NewGuid(), apps.Clock.Now, referral ?? Guid.NewGuid(), session, Structure, Organisme, Person,
            entryCode, start, end, 9));
        return await AssignmentOnAsync(session, start, a => a.GetProperty("status").GetString() == status);
    }

    /// <summary>The assignment on <paramref name="session"/> in the person's programme, once it matches.</summary>
    public async Task<JsonElement> AssignmentOnAsync(Guid session, DateTimeOffset start, Func<JsonElement, bool> matches)
    {
        bool On(JsonElement a) => a.GetProperty("sessionId").ValueKind == JsonValueKind.String && a.GetProperty("sessionId").GetGuid() == session;
        var week = await Eventually.MatchAsync(() => Referent.GetFromJsonAsync<JsonElement>($"/api/scheduling/programmes/{Person}/weeks/{IsoWeek.Of(start)}"),
            w => w.GetProperty("assignments").EnumerateArray().Any(a => On(a) && matches(a)));
        return week.GetProperty("assignments").EnumerateArray().First(a => On(a) && matches(a));
    }

    public Task<HttpResponseMessage> BookAsync(object request) =>
        Referent.PostAsJsonAsync($"/api/scheduling/programmes/{Person}/assignments", request);

    public async Task<JsonElement> BookedAsync(object request) => await Json(await BookAsync(request), HttpStatusCode.Created);

    /// <summary>The référent books the proposal <paramref name="assignment"/> (<c>POST …/assignments/{id}/book</c>).</summary>
    public Task<HttpResponseMessage> BookProposalAsync(Guid assignment) => Referent.PostAsync($"/api/scheduling/assignments/{assignment}/book", null);

    public static Task<HttpResponseMessage> AttendanceAsync(HttpClient client, Guid assignment, object request) =>
        client.PostAsJsonAsync($"/api/scheduling/assignments/{assignment}/attendance", request);

    public Task<HttpResponseMessage> WeekAsync(HttpClient client, string week) => client.GetAsync($"/api/scheduling/programmes/{Person}/weeks/{week}");

    public Task<HttpResponseMessage> CloseAsync(string week, object? request = null) =>
        Referent.PostAsJsonAsync($"/api/scheduling/programmes/{Person}/weeks/{week}/close", request ?? new { });

    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    public static async Task<string?> CodeOf(HttpResponseMessage response, HttpStatusCode expected) =>
        (await Json(response, expected)).TryGetProperty("code", out var code) ? code.GetString() : null;
}
