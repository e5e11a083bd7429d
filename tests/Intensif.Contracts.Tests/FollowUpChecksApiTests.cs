using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Contracts.Tests;

/// <summary>Follow-up checks that found no job (§3.17 followUpChecks): recorded, audited, published, no longer due; on real PostgreSQL.</summary>
public sealed class FollowUpChecksApiTests : IAsyncLifetime
{
    private ServiceApp<ContractsDbContext> _app = null!;
    private readonly string _organisme = TestTokens.NewOrganisme();
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task InitializeAsync() => _app = await ServiceApp<ContractsDbContext>.StartAsync("contractsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<T> QueryAsync<T>(Func<ContractsDbContext, Task<T>> query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ContractsDbContext>());
    }

    private async Task<List<FollowUpCheckRecorded>> PublishedAsync(Guid contract) =>
        (await QueryAsync(db => db.Database.SqlQueryRaw<string>(
            "select payload::text as \"Value\" from outbox_messages where message_type like {0} order by sequence",
            $"Intensif.IntegrationEvents.{nameof(FollowUpCheckRecorded)},%").ToListAsync()))
        .Select(p => JsonSerializer.Deserialize<FollowUpCheckRecorded>(p, JsonSerializerOptions.Web)!).Where(e => e.ContractId == contract).ToList();

    private Task<int> StoredChecksAsync(Guid contract) =>
        QueryAsync(db => db.Database.SqlQueryRaw<int>("select count(*)::int as \"Value\" from follow_up_checks where \"ContractId\" = {0}", contract).SingleAsync());

    /// <summary>A person whose intensive episode started 400 days ago ended <paramref name="exitDaysAgo"/> days ago (none: still in progress).</summary>
    private async Task<(Guid Contract, Guid Episode, DateOnly? Exit)> EpisodeAsync(HttpClient referent, int? exitDaysAgo)
    {
        var person = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName = "Paul", lastName = "Girard", birthDate = "1985-01-15", territory = "34" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var signedOn = Today.AddDays(-400);
        var contract = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId = person, signedOn }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var episode = (await Json(await referent.PostAsJsonAsync($"/api/contracts/{contract}/intensive-episodes",
            new { startDate = signedOn, plannedEndDate = signedOn.AddMonths(4) }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        if (exitDaysAgo is not { } days) return (contract, episode, null);
        var exit = Today.AddDays(-days);
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{contract}/intensive-episodes/{episode}/exit", new { exitType = "RETOUR_DROIT_COMMUN", endedOn = exit }), HttpStatusCode.OK);
        return (contract, episode, exit);
    }

    private static HttpRequestMessage Post(string path, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    private async Task<string[]> DueChecksAsync(HttpClient client, Guid episode) =>
        (await Json(await client.GetAsync("/api/contracts/follow-ups/due?limit=200"), HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Where(f => f.GetProperty("episodeId").GetGuid() == episode).Select(f => f.GetProperty("check").GetString()!).ToArray();

    [Fact]
    public async Task A_check_that_found_no_job_is_no_longer_due_and_is_listed_audited_and_published_once_even_when_retried()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var manager = _app.ClientFor(TestTokens.Manager(_organisme));
        var (contract, episode, exit) = await EpisodeAsync(referent, exitDaysAgo: 200);
        var path = $"/api/contracts/{contract}/intensive-episodes/{episode}/follow-up-checks";
        var key = Guid.NewGuid().ToString();
        var checkedOn = exit!.Value.AddMonths(3).AddDays(2);
        var body = new { check = "FOLLOW_UP_3_MONTHS", checkedOn, result = "NO_EMPLOYMENT" };
        var dueBefore = await DueChecksAsync(referent, episode);

        var recorded = await Json(await referent.SendAsync(Post(path, body, key)), HttpStatusCode.Created);
        var replayed = await Json(await referent.SendAsync(Post(path, body, key)), HttpStatusCode.Created);
        var unreachable = await Json(await manager.PostAsJsonAsync(path, new { check = "FOLLOW_UP_6_MONTHS", result = "UNREACHABLE" }), HttpStatusCode.Created);
        var listed = await Json(await referent.GetAsync(path), HttpStatusCode.OK);
        var audit = await Json(await manager.GetAsync($"/api/contracts/{contract}/audit"), HttpStatusCode.OK);

        Assert.Equal(["FOLLOW_UP_3_MONTHS", "FOLLOW_UP_6_MONTHS"], dueBefore);
        Assert.Empty(await DueChecksAsync(manager, episode));
        Assert.Equal(recorded.GetProperty("id").GetGuid(), replayed.GetProperty("id").GetGuid());
        Assert.Equal((checkedOn, "NO_EMPLOYMENT"), (DateOnly.Parse(recorded.GetProperty("checkedOn").GetString()!), recorded.GetProperty("result").GetString()));
        Assert.Equal(Today, DateOnly.Parse(unreachable.GetProperty("checkedOn").GetString()!));
        Assert.Equal(["FOLLOW_UP_3_MONTHS", "FOLLOW_UP_6_MONTHS"], listed.EnumerateArray().Select(c => c.GetProperty("check").GetString()));
        Assert.Equal(2, audit.EnumerateArray().Count(a => a.GetProperty("action").GetString() == "follow-up-check.recorded"));
        var published = await PublishedAsync(contract);
        Assert.Equal([("FOLLOW_UP_3_MONTHS", checkedOn, "NO_EMPLOYMENT"), ("FOLLOW_UP_6_MONTHS", Today, "UNREACHABLE")],
            published.Select(e => (e.Check, e.CheckedOn, e.Result)));
        Assert.All(published, e => Assert.Equal((episode, _organisme, "34"), (e.EpisodeId, e.OrganismeId, e.Territory)));
        Assert.Equal(recorded.GetProperty("id").GetGuid(), published[0].CheckId);
    }

    [Fact]
    public async Task A_check_already_answered_by_a_record_or_by_an_outcome_of_its_source_is_409_and_nothing_more_is_written()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var (contract, episode, exit) = await EpisodeAsync(referent, exitDaysAgo: 200);
        var path = $"/api/contracts/{contract}/intensive-episodes/{episode}/follow-up-checks";
        await Json(await referent.PostAsJsonAsync(path, new { check = "FOLLOW_UP_3_MONTHS", result = "NO_EMPLOYMENT" }), HttpStatusCode.Created);
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{contract}/employment-outcomes",
            new { contractKind = "CDI", startDate = exit!.Value.AddMonths(5), source = "FOLLOW_UP_6_MONTHS" }), HttpStatusCode.Created);

        var again = await Json(await referent.PostAsJsonAsync(path, new { check = "FOLLOW_UP_3_MONTHS", result = "UNREACHABLE" }), HttpStatusCode.Conflict);
        var answeredByOutcome = await Json(await referent.PostAsJsonAsync(path, new { check = "FOLLOW_UP_6_MONTHS", result = "NO_EMPLOYMENT" }), HttpStatusCode.Conflict);

        Assert.Equal("follow-up-check-already-recorded", again.GetProperty("code").GetString());
        Assert.Equal("follow-up-check-already-recorded", answeredByOutcome.GetProperty("code").GetString());
        Assert.Equal(1, await StoredChecksAsync(contract));
        Assert.Single(await PublishedAsync(contract));
    }

    [Fact]
    public async Task Bad_checks_are_400_field_errors_an_episode_in_progress_409_and_nothing_is_written()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var (contract, episode, exit) = await EpisodeAsync(referent, exitDaysAgo: 100);
        var (open, openEpisode, _) = await EpisodeAsync(referent, exitDaysAgo: null);
        var path = $"/api/contracts/{contract}/intensive-episodes/{episode}/follow-up-checks";

        var notFollowUp = await Json(await referent.PostAsJsonAsync(path, new { check = "EXIT", result = "NO_EMPLOYMENT" }), HttpStatusCode.BadRequest);
        var tooEarly = await Json(await referent.PostAsJsonAsync(path,
            new { check = "FOLLOW_UP_6_MONTHS", checkedOn = exit!.Value.AddMonths(6).AddDays(-15), result = "NO_EMPLOYMENT" }), HttpStatusCode.BadRequest);
        var ahead = await Json(await referent.PostAsJsonAsync(path, new { check = "FOLLOW_UP_3_MONTHS", checkedOn = Today.AddDays(1), result = "NO_EMPLOYMENT" }), HttpStatusCode.BadRequest);
        await Json(await referent.PostAsJsonAsync(path, new { check = "FOLLOW_UP_3_MONTHS", result = "LOST" }), HttpStatusCode.BadRequest);
        await Json(await referent.PostAsJsonAsync(path, new { result = "NO_EMPLOYMENT" }), HttpStatusCode.BadRequest);
        var inProgress = await Json(await referent.PostAsJsonAsync($"/api/contracts/{open}/intensive-episodes/{openEpisode}/follow-up-checks",
            new { check = "FOLLOW_UP_3_MONTHS", result = "NO_EMPLOYMENT" }), HttpStatusCode.Conflict);

        Assert.True(notFollowUp.GetProperty("errors").TryGetProperty("check", out _));
        Assert.True(tooEarly.GetProperty("errors").TryGetProperty("checkedOn", out _));
        Assert.True(ahead.GetProperty("errors").TryGetProperty("checkedOn", out _));
        Assert.Equal("episode-not-ended", inProgress.GetProperty("code").GetString());
        Assert.Equal((0, 0), (await StoredChecksAsync(contract), await StoredChecksAsync(open)));
        Assert.Empty(await PublishedAsync(contract));
    }

    [Fact]
    public async Task Another_organisme_a_colleague_or_another_contracts_episode_gets_404_and_a_partner_403()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var (contract, episode, _) = await EpisodeAsync(referent, exitDaysAgo: 200);
        var (other, _, _) = await EpisodeAsync(referent, exitDaysAgo: 200);
        var body = new { check = "FOLLOW_UP_3_MONTHS", result = "NO_EMPLOYMENT" };
        var path = $"/api/contracts/{contract}/intensive-episodes/{episode}/follow-up-checks";

        var stranger = await _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme())).PostAsJsonAsync(path, body);
        var colleague = await _app.ClientFor(TestTokens.Referent(_organisme, "referent-2")).PostAsJsonAsync(path, body);
        var wrongContract = await referent.PostAsJsonAsync($"/api/contracts/{other}/intensive-episodes/{episode}/follow-up-checks", body);
        var partner = await _app.ClientFor(TestTokens.Issuer.Mint(new Intensif.Hosting.Identity.PlatformUser("p-1", "Partner", "partner-1", "partner", "partner", ["34"]), TimeSpan.FromHours(1))).PostAsJsonAsync(path, body);
        var strangerRead = await _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme())).GetAsync(path);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.NotFound],
            new[] { stranger.StatusCode, colleague.StatusCode, wrongContract.StatusCode, partner.StatusCode, strangerRead.StatusCode });
        Assert.Equal((0, 0), (await StoredChecksAsync(contract), await StoredChecksAsync(other)));
    }
}
