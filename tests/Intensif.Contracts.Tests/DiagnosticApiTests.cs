using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Contracts.Tests;

/// <summary>The versioned diagnostic global through the API, on real PostgreSQL.</summary>
public sealed class DiagnosticApiTests : IAsyncLifetime
{
    private ServiceApp<ContractsDbContext> _app = null!;
    private readonly string _organisme = TestTokens.NewOrganisme();

    public async Task InitializeAsync() => _app = await ServiceApp<ContractsDbContext>.StartAsync("contractsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<Guid> PersonAsync(HttpClient referent) =>
        (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName = "Nadia", lastName = "Roux", birthDate = "1979-09-09", territory = "34" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static object Diagnostic(string mobilityLevel) => new
    {
        projectMaturity = "A_CONSTRUIRE",
        barriers = new object[]
        {
            new { type = "MOBILITE", level = mobilityLevel, evidence = "Pas de permis" },
            new { type = "SANTE", level = "FORT", evidence = "Traitement lourd en cours" },
        },
        weeklyCapacityHint = 10,
        coBuilt = true,
    };

    [Fact]
    public async Task Each_diagnostic_change_is_a_version_published_without_free_text_and_health_text_is_hidden_from_a_manager()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var person = await PersonAsync(referent);

        var first = await Json(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/diagnostics", Diagnostic("FORT")), HttpStatusCode.Created);
        await Json(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/diagnostics", Diagnostic("MOYEN")), HttpStatusCode.Created);
        var versions = await Json(await referent.GetAsync($"/api/contracts/beneficiaries/{person}/diagnostics"), HttpStatusCode.OK);
        var seenByManager = await Json(await _app.ClientFor(TestTokens.Manager(_organisme)).GetAsync($"/api/contracts/beneficiaries/{person}/diagnostics/current"), HttpStatusCode.OK);

        Assert.Equal(1, first.GetProperty("version").GetInt32());
        Assert.Equal(["FORT", "MOYEN"], versions.EnumerateArray().Select(v => v.GetProperty("barriers")[0].GetProperty("level").GetString()));
        Assert.Equal("Traitement lourd en cours", versions[1].GetProperty("barriers")[1].GetProperty("evidence").GetString());
        Assert.Equal(2, seenByManager.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, seenByManager.GetProperty("barriers")[1].GetProperty("evidence").ValueKind);
        Assert.Equal("Pas de permis", seenByManager.GetProperty("barriers")[0].GetProperty("evidence").GetString());

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContractsDbContext>();
        var events = await db.Database.SqlQueryRaw<string>("select payload::text as \"Value\" from outbox_messages where message_type like '%DiagnosticVersioned%' order by sequence").ToListAsync();
        Assert.Equal(2, events.Count);
        Assert.Contains("SANTE:FORT", events[0]);
        Assert.DoesNotContain("Traitement", string.Join("", events));
        Assert.DoesNotContain("Nadia", string.Join("", events));
    }

    [Fact]
    public async Task A_barrier_rated_twice_is_a_409_and_another_organisme_gets_404()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var person = await PersonAsync(referent);

        var twice = await Json(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/diagnostics", new
        {
            barriers = new[] { new { type = "LOGEMENT", level = "FORT" }, new { type = "LOGEMENT", level = "MOYEN" } },
        }), HttpStatusCode.Conflict);
        var stranger = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));

        Assert.Equal("barrier-duplicated", twice.GetProperty("code").GetString());
        await Json(await referent.GetAsync($"/api/contracts/beneficiaries/{person}/diagnostics/current"), HttpStatusCode.NotFound);
        await Json(await stranger.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/diagnostics", Diagnostic("FORT")), HttpStatusCode.NotFound);
        await Json(await stranger.GetAsync($"/api/contracts/beneficiaries/{person}/diagnostics"), HttpStatusCode.NotFound);
    }
}
