using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Contracts.Api.Domain;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Contracts.Tests;

/// <summary>BR-14 under concurrency, on real PostgreSQL: the per-référent portfolio lock lets exactly one request take the 50th slot.</summary>
public sealed class PortfolioCapConcurrencyTests : IAsyncLifetime
{
    private ServiceApp<ContractsDbContext> _app = null!;
    private readonly string _organisme = TestTokens.NewOrganisme();
    private const string Referent = "ref-full";

    public async Task InitializeAsync() => _app = await ServiceApp<ContractsDbContext>.StartAsync("contractsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Arrange through the domain, directly in the database: <paramref name="withEpisode"/> people in intensive accompaniment, the rest with a signed contract only.</summary>
    private async Task<List<Guid>> SeedAsync(int withEpisode, int withoutEpisode)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContractsDbContext>();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var waiting = new List<Guid>();
        for (var i = 0; i < withEpisode + withoutEpisode; i++)
        {
            var person = Beneficiary.Register(_organisme, Referent, null, "P", "N" + i, new DateOnly(1990, 1, 1), "34", now);
            var contract = Contract.Sign(person, Referent, today, false, now);
            db.AddRange(person, contract);
            if (i < withEpisode) db.Add(IntensiveEpisode.Start(contract, today, today.AddMonths(3), false, i, LocalPolicy.National, now));
            else waiting.Add(contract.Id);
        }
        await db.SaveChangesAsync();
        return waiting;
    }

    [Fact]
    public async Task A_hundred_concurrent_starts_for_a_referent_holding_49_lead_to_exactly_one_50th_episode()
    {
        var contracts = await SeedAsync(withEpisode: 49, withoutEpisode: 100);
        var referent = _app.ClientFor(TestTokens.Referent(_organisme, Referent));
        var plannedEndDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3);

        var responses = await Task.WhenAll(contracts.Select(id =>
            referent.PostAsJsonAsync($"/api/contracts/{id}/intensive-episodes", new { plannedEndDate })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        Assert.Equal(99, refused.Count);
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        foreach (var r in refused)
            Assert.Equal("portfolio-full", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContractsDbContext>();
        Assert.Equal(50, await db.IntensiveEpisodes.CountAsync(e => e.OrganismeId == _organisme && e.ReferentId == Referent && e.Status == EpisodeStatus.ACTIVE));
        // the refused requests left nothing behind: one activation, no other new version, one IntensiveEpisodeStarted
        Assert.Equal(1, await db.Contracts.CountAsync(c => c.OrganismeId == _organisme && c.Status == ContractStatus.ACTIVE));
        var started = await db.Database.SqlQueryRaw<int>("select count(*)::int as \"Value\" from outbox_messages where message_type like '%IntensiveEpisodeStarted%'").SingleAsync();
        Assert.Equal(1, started);
    }

    [Fact]
    public async Task A_passation_to_a_referent_whose_portfolio_is_full_is_refused_and_changes_nothing()
    {
        await SeedAsync(withEpisode: 50, withoutEpisode: 0);
        var other = _app.ClientFor(TestTokens.Referent(_organisme, "ref-other"));
        var person = await (await other.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName = "Lina", lastName = "Morel", birthDate = "1992-02-02", territory = "34" })).Content.ReadFromJsonAsync<JsonElement>();
        var beneficiaryId = person.GetProperty("id").GetGuid();
        var contract = await (await other.PostAsJsonAsync("/api/contracts", new { beneficiaryId })).Content.ReadFromJsonAsync<JsonElement>();
        var contractId = contract.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync($"/api/contracts/{contractId}/intensive-episodes",
            new { plannedEndDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3) })).StatusCode);

        var response = await other.PostAsJsonAsync($"/api/contracts/beneficiaries/{beneficiaryId}/referent-changes",
            new { toReferentId = Referent, reason = "REEQUILIBRAGE_PORTEFEUILLE", handoverNote = "Suivi santé en cours" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("portfolio-full", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/contracts/beneficiaries/{beneficiaryId}")).StatusCode);
        Assert.Equal("ref-other", (await other.GetFromJsonAsync<JsonElement>($"/api/contracts/{contractId}")).GetProperty("referentId").GetString());
    }
}
