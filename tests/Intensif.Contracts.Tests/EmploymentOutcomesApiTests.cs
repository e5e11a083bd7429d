using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Contracts.Tests;

/// <summary>Employment outcomes (§3.17 employmentDetails, I4), at exit and afterwards, and the follow-up checks due, on real PostgreSQL.</summary>
public sealed class EmploymentOutcomesApiTests : IAsyncLifetime
{
    private ServiceApp<ContractsDbContext> _app = null!;
    private readonly string _organisme = TestTokens.NewOrganisme();
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private const string Siret = "12345678900018";

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

    private Task<List<string>> OutboxAsync(string type) => QueryAsync(db => db.Database.SqlQueryRaw<string>(
        "select payload::text as \"Value\" from outbox_messages where message_type like {0} order by sequence", $"Intensif.IntegrationEvents.{type},%").ToListAsync());

    private async Task<List<EmploymentOutcomeRecorded>> PublishedOutcomesAsync() =>
        (await OutboxAsync(nameof(EmploymentOutcomeRecorded))).Select(p => JsonSerializer.Deserialize<EmploymentOutcomeRecorded>(p, JsonSerializerOptions.Web)!).ToList();

    private Task<int> StoredOutcomesAsync() => QueryAsync(db => db.Database.SqlQueryRaw<int>("select count(*)::int as \"Value\" from employment_outcomes").SingleAsync());

    /// <summary>A person with a contract signed <paramref name="signedDaysAgo"/> days ago and an intensive episode started then.</summary>
    private async Task<(Guid Contract, Guid Episode)> ContractInIntensiveAsync(HttpClient referent, int signedDaysAgo = 30)
    {
        var person = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName = "Inès", lastName = "Lopez", birthDate = "1991-09-09", territory = "34" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var signedOn = Today.AddDays(-signedDaysAgo);
        var contract = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId = person, signedOn }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var episode = (await Json(await referent.PostAsJsonAsync($"/api/contracts/{contract}/intensive-episodes",
            new { startDate = signedOn, plannedEndDate = signedOn.AddMonths(4) }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return (contract, episode);
    }

    private static HttpRequestMessage Post(string path, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    [Fact]
    public async Task An_outcome_is_stored_listed_audited_and_published_with_its_episode_and_durability_but_never_the_SIRET()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var (contract, episode) = await ContractInIntensiveAsync(referent);
        var key = Guid.NewGuid().ToString();
        var cdd = new { contractKind = "CDD", startDate = Today.AddDays(-2), durationMonths = 6, weeklyHours = 35, employerSiret = Siret, rome = "k1302", source = "REFERENT" };

        var recorded = await Json(await referent.SendAsync(Post($"/api/contracts/{contract}/employment-outcomes", cdd, key)), HttpStatusCode.Created);
        var replayed = await Json(await referent.SendAsync(Post($"/api/contracts/{contract}/employment-outcomes", cdd, key)), HttpStatusCode.Created);
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{contract}/employment-outcomes",
            new { contractKind = "INTERIM", startDate = Today, durationMonths = 1, source = "REFERENT" }), HttpStatusCode.Created);
        var listed = await Json(await referent.GetAsync($"/api/contracts/{contract}/employment-outcomes"), HttpStatusCode.OK);
        var audit = await Json(await _app.ClientFor(TestTokens.Manager(_organisme)).GetAsync($"/api/contracts/{contract}/audit"), HttpStatusCode.OK);

        Assert.Equal(recorded.GetProperty("id").GetGuid(), replayed.GetProperty("id").GetGuid());
        Assert.Equal((episode, true, "K1302", Siret), (recorded.GetProperty("episodeId").GetGuid(), recorded.GetProperty("durable").GetBoolean(),
            recorded.GetProperty("rome").GetString(), recorded.GetProperty("employerSiret").GetString()));
        Assert.Equal([("CDD", true), ("INTERIM", false)], listed.EnumerateArray().Select(o => (o.GetProperty("contractKind").GetString(), o.GetProperty("durable").GetBoolean())));
        Assert.Equal(2, audit.EnumerateArray().Count(a => a.GetProperty("action").GetString() == "employment-outcome.recorded"));
        var published = await PublishedOutcomesAsync();
        Assert.Equal(2, published.Count);
        var first = published[0];
        Assert.Equal((recorded.GetProperty("id").GetGuid(), contract, (Guid?)episode, "CDD", Today.AddDays(-2), (int?)6, (decimal?)35m, true, "REFERENT", _organisme, "34"),
            (first.OutcomeId, first.ContractId, first.EpisodeId, first.ContractKind, first.StartDate, first.DurationMonths, first.WeeklyHours, first.Durable,
                first.Source, first.OrganismeId, first.Territory));
        Assert.DoesNotContain(Siret, string.Join("", await OutboxAsync(nameof(EmploymentOutcomeRecorded))));
    }

    [Fact]
    public async Task An_exit_with_employment_details_records_an_EXIT_outcome_on_that_episode_in_the_same_transaction()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var (contract, episode) = await ContractInIntensiveAsync(referent);

        var ended = await Json(await referent.PostAsJsonAsync($"/api/contracts/{contract}/intensive-episodes/{episode}/exit", new
        {
            exitType = "EMPLOI_DURABLE",
            employmentDetails = new { contractKind = "CDI", startDate = Today.AddDays(-1), weeklyHours = 35, employerSiret = Siret, rome = "N1103" },
        }), HttpStatusCode.OK);
        var listed = await Json(await referent.GetAsync($"/api/contracts/{contract}/employment-outcomes"), HttpStatusCode.OK);

        Assert.Equal("ENDED", ended.GetProperty("status").GetString());
        var outcome = Assert.Single(listed.EnumerateArray());
        Assert.Equal(("EXIT", episode, true), (outcome.GetProperty("source").GetString(), outcome.GetProperty("episodeId").GetGuid(), outcome.GetProperty("durable").GetBoolean()));
        var types = (await QueryAsync(db => db.Database.SqlQueryRaw<string>("select message_type as \"Value\" from outbox_messages order by sequence").ToListAsync()))
            .Select(t => t.Split(',')[0].Split('.')[^1]).ToList();
        Assert.Equal(["IntensiveEpisodeEnded", "EmploymentOutcomeRecorded", "ContractAmended"], types.SkipWhile(t => t != "IntensiveEpisodeEnded"));
        Assert.Equal((episode, "EXIT"), (Assert.Single(await PublishedOutcomesAsync()).EpisodeId, Assert.Single(await PublishedOutcomesAsync()).Source));
    }

    [Fact]
    public async Task Bad_employment_details_are_400_field_errors_and_nothing_is_written_not_even_the_exit()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var (contract, episode) = await ContractInIntensiveAsync(referent, signedDaysAgo: 10);
        async Task<string> Errors(HttpResponseMessage r) => (await Json(r, HttpStatusCode.BadRequest)).GetProperty("errors").ToString();
        Task<HttpResponseMessage> Record(object body) => referent.PostAsJsonAsync($"/api/contracts/{contract}/employment-outcomes", body);

        var beforeSignature = await Errors(await Record(new { contractKind = "CDI", startDate = Today.AddDays(-11), source = "REFERENT" }));
        var future = await Errors(await Record(new { contractKind = "CDI", startDate = Today.AddDays(1), source = "REFERENT" }));
        var noLength = await Errors(await Record(new { contractKind = "CDD", startDate = Today, source = "FOLLOW_UP_3_MONTHS" }));
        var badSiret = await Errors(await Record(new { contractKind = "CDI", startDate = Today, employerSiret = "1234", source = "REFERENT" }));
        var noKind = await Errors(await Record(new { startDate = Today, source = "REFERENT" }));
        var exitBefore = await Errors(await referent.PostAsJsonAsync($"/api/contracts/{contract}/intensive-episodes/{episode}/exit", new
        {
            exitType = "EMPLOI_DURABLE", employmentDetails = new { contractKind = "CDI", startDate = Today.AddDays(-20) },
        }));

        Assert.Contains("startDate", beforeSignature);
        Assert.Contains("startDate", future);
        Assert.Contains("durationMonths", noLength);
        Assert.Contains("employerSiret", badSiret, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("contractKind", noKind, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("employmentDetails.startDate", exitBefore);
        Assert.Equal(0, await StoredOutcomesAsync());
        Assert.Empty(await OutboxAsync(nameof(EmploymentOutcomeRecorded)));
        var episodes = await Json(await referent.GetAsync($"/api/contracts/{contract}/intensive-episodes"), HttpStatusCode.OK);
        Assert.Equal("ACTIVE", episodes[0].GetProperty("status").GetString());
        Assert.Empty(await OutboxAsync(nameof(IntensiveEpisodeEnded)));
    }

    [Fact]
    public async Task Another_organisme_or_colleague_gets_404_and_a_partner_403_on_writes_and_404_on_reads()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var (contract, _) = await ContractInIntensiveAsync(referent);
        var outcome = new { contractKind = "CDI", startDate = Today, source = "REFERENT" };
        var stranger = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        var colleague = _app.ClientFor(TestTokens.Referent(_organisme, "referent-9"));
        var partner = _app.ClientFor(TestTokens.Issuer.Mint(new Intensif.Hosting.Identity.PlatformUser("p-1", "Partner", "partner-1", "partner", "partner", ["34"]), TimeSpan.FromHours(1)));

        foreach (var client in new[] { stranger, colleague })
        {
            await Json(await client.PostAsJsonAsync($"/api/contracts/{contract}/employment-outcomes", outcome), HttpStatusCode.NotFound);
            await Json(await client.GetAsync($"/api/contracts/{contract}/employment-outcomes"), HttpStatusCode.NotFound);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync($"/api/contracts/{contract}/employment-outcomes", outcome)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/contracts/{contract}/employment-outcomes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/contracts/follow-ups/due")).StatusCode);
        Assert.Equal(0, await StoredOutcomesAsync());
    }

    [Fact]
    public async Task Follow_up_checks_are_due_three_six_and_twelve_months_after_an_exit_until_an_outcome_of_their_source_is_recorded()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var colleague = _app.ClientFor(TestTokens.Referent(_organisme, "referent-2"));
        var manager = _app.ClientFor(TestTokens.Manager(_organisme));
        var (contract, episode) = await ContractInIntensiveAsync(referent, signedDaysAgo: 400);
        var exitDate = Today.AddDays(-200);
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{contract}/intensive-episodes/{episode}/exit",
            new { exitType = "EMPLOI_TEMPORAIRE", endedOn = exitDate, employmentDetails = new { contractKind = "INTERIM", startDate = exitDate, durationMonths = 2 } }), HttpStatusCode.OK);
        var (recent, recentEpisode) = await ContractInIntensiveAsync(referent, signedDaysAgo: 40);
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{recent}/intensive-episodes/{recentEpisode}/exit", new { exitType = "ABANDON" }), HttpStatusCode.OK);
        async Task<(string?, DateOnly)[]> DueAsync(HttpClient client, DateOnly? on = null) =>
            (await Json(await client.GetAsync("/api/contracts/follow-ups/due" + (on is { } d ? $"?on={d:yyyy-MM-dd}" : "")), HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
                .Select(f => (f.GetProperty("check").GetString(), DateOnly.Parse(f.GetProperty("dueOn").GetString()!))).ToArray();

        var dueToday = await DueAsync(referent);
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{contract}/employment-outcomes",
            new { contractKind = "CDD", startDate = Today.AddDays(-90), durationMonths = 4, source = "FOLLOW_UP_3_MONTHS" }), HttpStatusCode.Created);
        var afterAnswer = await DueAsync(manager);
        var inSixMonths = await DueAsync(referent, Today.AddMonths(6).AddDays(-1));   // the recent exit's 6-month check the day after

        Assert.Equal([("FOLLOW_UP_3_MONTHS", exitDate.AddMonths(3)), ("FOLLOW_UP_6_MONTHS", exitDate.AddMonths(6))], dueToday);
        Assert.Equal([("FOLLOW_UP_6_MONTHS", exitDate.AddMonths(6))], afterAnswer);
        (string?, DateOnly)[] expected = [("FOLLOW_UP_6_MONTHS", exitDate.AddMonths(6)), ("FOLLOW_UP_12_MONTHS", exitDate.AddMonths(12)), ("FOLLOW_UP_3_MONTHS", Today.AddMonths(3))];
        Assert.Equal(expected.OrderBy(c => c.Item2), inSixMonths);   // earliest due first
        Assert.Empty(await DueAsync(colleague, Today.AddMonths(13)));
    }

    [Fact]
    public async Task The_follow_ups_due_come_in_pages_that_follow_each_other_without_gap_nor_repeat()
    {
        var manager = _app.ClientFor(TestTokens.Manager(_organisme));
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        for (var i = 0; i < 2; i++)
        {
            var (contract, episode) = await ContractInIntensiveAsync(referent, signedDaysAgo: 400 + i);
            await Json(await referent.PostAsJsonAsync($"/api/contracts/{contract}/intensive-episodes/{episode}/exit",
                new { exitType = "RETOUR_DROIT_COMMUN", endedOn = Today.AddDays(-380) }), HttpStatusCode.OK);
        }
        var all = (await Json(await manager.GetAsync("/api/contracts/follow-ups/due"), HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Select(f => (f.GetProperty("episodeId").GetGuid(), f.GetProperty("check").GetString())).ToList();

        var paged = new List<(Guid, string?)>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Json(await manager.GetAsync($"/api/contracts/follow-ups/due?limit=4{(cursor is null ? "" : $"&cursor={cursor}")}"), HttpStatusCode.OK);
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(f => (f.GetProperty("episodeId").GetGuid(), f.GetProperty("check").GetString())));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(6, all.Count);   // two exits more than 12 months ago: three checks each
        Assert.Equal(2, pages);
        Assert.Equal(all, paged);
        await Json(await manager.GetAsync("/api/contracts/follow-ups/due?cursor=nope"), HttpStatusCode.BadRequest);
        await Json(await manager.GetAsync("/api/contracts/follow-ups/due?limit=0"), HttpStatusCode.BadRequest);
    }
}
