using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Catalogue.Tests;

/// <summary>
/// Search by eligibility (data·inclusion public, age) and by the sessions on offer (free seats, dates), over four
/// local entries whose labels share a word no seeded entry has.
/// </summary>
public sealed class EligibilitySearchTests : IAsyncLifetime
{
    private ServiceApp<CatalogueDbContext> _app = null!;
    private HttpClient _referent = null!;

    public async Task InitializeAsync()
    {
        _app = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");
        _referent = _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()));
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        await PublishAsync(manager, "ELI-JEUNES-01", new { publics = new[] { "jeunes" }, ageMin = 16, ageMax = 25 });
        await PublishAsync(manager, "ELI-FAMILLES-01", new { publics = new[] { "familles" } });
        await PublishAsync(manager, "ELI-NONE-01", new { ageMin = 26 });
        await PublishAsync(manager, "ELI-TOUS-01", new { publics = new[] { "tous-publics" }, ageMax = 62 });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task PublishAsync(HttpClient manager, string code, object eligibility)
    {
        var entry = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(CatalogueApiTests.Workshop(code, "Atelier zéphyrin " + code)))!;
        entry["eligibility"] = eligibility;
        (await manager.PostAsJsonAsync("/api/catalogue/entries", entry)).EnsureSuccessStatusCode();
        (await manager.PostAsync($"/api/catalogue/entries/{code}/publish", null)).EnsureSuccessStatusCode();
    }

    private async Task<string[]> CodesAsync(string query)
    {
        var page = await _referent.GetFromJsonAsync<JsonElement>("/api/catalogue/entries?limit=100&q=zephyrin&" + query);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!)];
    }

    [Fact]
    public async Task A_public_finds_entries_open_to_it_to_everyone_or_stating_no_public()
    {
        Assert.Equal(["ELI-JEUNES-01", "ELI-NONE-01", "ELI-TOUS-01"], await CodesAsync("public=jeunes"));
        Assert.Equal(["ELI-FAMILLES-01", "ELI-NONE-01", "ELI-TOUS-01"], await CodesAsync("public=familles"));
    }

    [Fact]
    public async Task An_age_finds_entries_whose_bounds_include_it()
    {
        Assert.Equal(["ELI-FAMILLES-01", "ELI-JEUNES-01", "ELI-TOUS-01"], await CodesAsync("age=22"));
        Assert.Equal(["ELI-FAMILLES-01", "ELI-NONE-01"], await CodesAsync("age=63"));
        Assert.Equal(["ELI-NONE-01", "ELI-TOUS-01"], await CodesAsync("public=jeunes&age=30"));
    }

    [Fact]
    public async Task Eligibility_filters_keep_cursor_pagination()
    {
        var first = await _referent.GetFromJsonAsync<JsonElement>("/api/catalogue/entries?q=zephyrin&public=jeunes&limit=2");
        var next = first.GetProperty("nextCursor").GetString();
        var second = await _referent.GetFromJsonAsync<JsonElement>($"/api/catalogue/entries?q=zephyrin&public=jeunes&limit=2&cursor={next}");

        Assert.Equal(["ELI-JEUNES-01", "ELI-NONE-01"], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(["ELI-TOUS-01"], second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task An_unknown_public_or_an_impossible_age_is_a_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _referent.GetAsync("/api/catalogue/entries?public=retraites")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _referent.GetAsync("/api/catalogue/entries?age=12")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await _referent.GetAsync("/api/catalogue/entries?from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z")).StatusCode);
    }

    [Fact]
    public async Task Free_seats_and_dates_find_entries_with_a_session_to_come_in_the_territory()
    {
        var start = DateTimeOffset.UtcNow.AddDays(12);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IBus>();
            await bus.Publish(Session("ELI-JEUNES-01", start, seatsLeft: 3, territory: "75"));
            await bus.Publish(Session("ELI-FAMILLES-01", start.AddDays(30), seatsLeft: 0, territory: "75"));
            await bus.Publish(Session("ELI-TOUS-01", start, seatsLeft: 5, territory: "93"));
        }
        await Eventually.MatchAsync(() => CodesAsync("from=2000-01-01T00:00:00Z"), codes => codes.Length == 3, TimeSpan.FromSeconds(90));

        Assert.Equal(["ELI-JEUNES-01", "ELI-TOUS-01"], await CodesAsync("freeSeats=true"));
        Assert.Equal(["ELI-JEUNES-01"], await CodesAsync("freeSeats=true&territory=75"));
        Assert.Equal(["ELI-FAMILLES-01", "ELI-JEUNES-01"], await CodesAsync("territory=75&from=" + Uri.EscapeDataString(start.AddDays(-1).ToString("O"))));
        Assert.Equal(["ELI-FAMILLES-01"], await CodesAsync("from=" + Uri.EscapeDataString(start.AddDays(20).ToString("O"))));
        Assert.Equal(["ELI-JEUNES-01", "ELI-TOUS-01"], await CodesAsync("to=" + Uri.EscapeDataString(start.AddDays(1).ToString("O"))));
    }

    private static SessionPublished Session(string entryCode, DateTimeOffset start, int seatsLeft, string territory) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), entryCode, start, start.AddHours(3),
            "Maison de l'emploi", null, 10, seatsLeft, territory, "numerique--maitriser-les-fondamentaux-du-numerique");
}
