using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Catalogue.Api.Infrastructure.Seed;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Catalogue.Tests;

/// <summary>National seed and who may write what: operators the national entries, managers their organisme's.</summary>
public sealed class ScopingTests : IAsyncLifetime
{
    private ServiceApp<CatalogueDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_50_national_entries_are_published_at_first_start_and_a_second_seeding_changes_nothing()
    {
        await _app.Services.SeedNationalCatalogueAsync();

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        Assert.Equal(50, await db.Entries.CountAsync(e => e.Scope == Api.Domain.EntryScope.NATIONAL && e.Status == Api.Domain.EntryStatus.PUBLISHED));
        Assert.Equal(50, await db.Audit.CountAsync(a => a.Action == "entry.seeded"));
        var bilan = await _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme())).GetFromJsonAsync<JsonElement>("/api/catalogue/entries/PRO-BIL-01");
        Assert.Equal(24m, bilan.GetProperty("valuation").GetProperty("maxTotalHours").GetDecimal());
    }

    [Fact]
    public async Task Only_a_platform_operator_revises_a_national_entry()
    {
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        var operatorClient = _app.ClientFor(TestTokens.Operator());
        var entry = await operatorClient.GetFromJsonAsync<JsonElement>("/api/catalogue/entries/TRE-CV-01");
        var revision = JsonSerializer.Deserialize<Dictionary<string, object?>>(entry.GetRawText())!;
        revision["label"] = "Atelier CV, lettre de motivation et profil en ligne";

        var byManager = await manager.PutAsJsonAsync("/api/catalogue/entries/TRE-CV-01", revision);
        var byOperator = await operatorClient.PutAsJsonAsync("/api/catalogue/entries/TRE-CV-01", revision);

        Assert.Equal(HttpStatusCode.Forbidden, byManager.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byOperator.StatusCode);
        Assert.Equal(2, (await byOperator.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Another_organismes_local_entry_is_a_404_to_read_as_a_draft_and_to_change_once_published()
    {
        var owner = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        var other = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        await owner.PostAsJsonAsync("/api/catalogue/entries", CatalogueApiTests.Workshop("LOC-OWN-01"));

        var draftRead = await other.GetAsync("/api/catalogue/entries/LOC-OWN-01");
        await owner.PostAsync("/api/catalogue/entries/LOC-OWN-01/publish", null);
        var publishedRead = await other.GetAsync("/api/catalogue/entries/LOC-OWN-01");
        var archive = await other.PostAsync("/api/catalogue/entries/LOC-OWN-01/archive", null);

        Assert.Equal(HttpStatusCode.NotFound, draftRead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, publishedRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, archive.StatusCode);
        Assert.Equal("PUBLISHED", (await owner.GetFromJsonAsync<JsonElement>("/api/catalogue/entries/LOC-OWN-01")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_referent_cannot_create_entries()
    {
        var referent = _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()));

        var response = await referent.PostAsJsonAsync("/api/catalogue/entries", CatalogueApiTests.Workshop("LOC-REF-01"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_operator_creates_national_entries()
    {
        var operatorClient = _app.ClientFor(TestTokens.Operator());

        var response = await operatorClient.PostAsJsonAsync("/api/catalogue/entries", CatalogueApiTests.Workshop("NAT-NEW-01"));

        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("NATIONAL", created.GetProperty("scope").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("ownerOrganisation").ValueKind);
    }
}
