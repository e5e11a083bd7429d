using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Partners.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Partners.Tests;

public sealed class SessionsApiTests : IAsyncLifetime
{
    private ServiceApp<PartnersDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<PartnersDbContext>.StartAsync("partnersdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_partner_publishes_a_session_with_all_its_seats_free_and_SessionPublished_leaves_through_the_outbox()
    {
        var structure = await _app.RegisterStructureAsync();

        var id = await _app.PublishSessionAsync(structure, PartnersClient.Session(capacity: 5));

        var session = await _app.ClientFor(TestTokens.Referent("ft-34", territory: "34")).GetFromJsonAsync<JsonElement>($"/api/partners/sessions/{id}");
        Assert.Equal(5, session.GetProperty("seatsLeft").GetInt32());
        Assert.Equal("SCHEDULED", session.GetProperty("status").GetString());
        Assert.Equal(structure, session.GetProperty("structureId").GetGuid());
        Assert.Equal(["SessionPublished"], await _app.OutboxTypesAsync(id));
    }

    public static TheoryData<string> BadSessions => ["end-before-start", "zero-capacity", "negative-capacity", "no-place", "unknown-theme"];

    [Theory]
    [MemberData(nameof(BadSessions))]
    public async Task A_malformed_session_is_refused_with_400_and_nothing_is_stored(string flaw)
    {
        var structure = await _app.RegisterStructureAsync();
        var start = DateTimeOffset.UtcNow.AddDays(3);
        var body = new Dictionary<string, object?>
        {
            ["entryCode"] = "SOC-MOB-01", ["start"] = start, ["end"] = flaw == "end-before-start" ? start.AddHours(-1) : start.AddHours(2),
            ["location"] = flaw == "no-place" ? null : "Lunel",
            ["capacity"] = flaw switch { "zero-capacity" => 0, "negative-capacity" => -2, _ => 4 },
            ["territory"] = "34", ["theme"] = flaw == "unknown-theme" ? "CUISINE" : "MOBILITE",
        };

        var response = await _app.ClientFor(PartnerTokens.For(structure)).PostAsJsonAsync("/api/partners/sessions", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PartnersDbContext>().Sessions.CountAsync());
    }

    [Fact]
    public async Task A_session_is_published_only_in_a_territory_the_structure_serves()
    {
        var structure = await _app.RegisterStructureAsync(PartnersClient.Structure(territory: "34"));

        var response = await _app.ClientFor(PartnerTokens.For(structure)).PostAsJsonAsync("/api/partners/sessions", PartnersClient.Session(territory: "75"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("territory-not-served", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_a_partner_publishes_sessions_and_only_for_its_own_structure()
    {
        var referent = _app.ClientFor(TestTokens.Referent("ft-34", territory: "34"));

        var response = await referent.PostAsJsonAsync("/api/partners/sessions", PartnersClient.Session());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_partner_updates_and_cancels_its_session_with_SessionUpdated_and_SessionCancelled()
    {
        var structure = await _app.RegisterStructureAsync();
        var id = await _app.PublishSessionAsync(structure, PartnersClient.Session(capacity: 3));
        var partner = _app.ClientFor(PartnerTokens.For(structure));

        var updated = await partner.PutAsJsonAsync($"/api/partners/sessions/{id}", PartnersClient.Session(capacity: 8, inDays: 10));
        var cancelled = await partner.PostAsync($"/api/partners/sessions/{id}/cancel", null);
        var again = await partner.PostAsync($"/api/partners/sessions/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(8, (await updated.JsonAsync()).GetProperty("seatsLeft").GetInt32());
        Assert.Equal("CANCELLED", (await cancelled.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("session-cancelled", (await again.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(["SessionPublished", "SessionUpdated", "SessionCancelled"], await _app.OutboxTypesAsync(id));
    }

    [Fact]
    public async Task Another_partner_neither_sees_nor_changes_the_session()
    {
        var owner = await _app.RegisterStructureAsync();
        var other = _app.ClientFor(PartnerTokens.For(await _app.RegisterStructureAsync()));
        var id = await _app.PublishSessionAsync(owner);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/partners/sessions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/partners/sessions/{id}", PartnersClient.Session())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/partners/sessions/{id}/cancel", null)).StatusCode);
        Assert.Empty(await other.ItemsAsync($"/api/partners/sessions?structureId={owner}"));
    }

    [Fact]
    public async Task The_directory_finds_structures_by_territory_theme_type_and_free_seats_in_the_coming_weeks()
    {
        var mobility = await _app.RegisterStructureAsync(PartnersClient.Structure(type: "ASSOCIATION_MOBILITE", territory: "34", themes: ["MOBILITE"]));
        var housing = await _app.RegisterStructureAsync(PartnersClient.Structure(type: "ASSOCIATION_LOGEMENT", territory: "34", themes: ["LOGEMENT"]));
        var elsewhere = await _app.RegisterStructureAsync(PartnersClient.Structure(type: "ASSOCIATION_MOBILITE", territory: "30", themes: ["MOBILITE"]));
        await _app.PublishSessionAsync(mobility, PartnersClient.Session(capacity: 4, inDays: 5));
        await _app.PublishSessionAsync(mobility, PartnersClient.Session(capacity: 2, inDays: 60));
        await _app.PublishSessionAsync(housing, PartnersClient.Session(capacity: 2, inDays: 60, theme: "LOGEMENT"));
        var referent = _app.ClientFor(TestTokens.Referent("ft-34", territory: "34"));

        async Task<List<(Guid Id, int Free)>> Search(string query) =>
            (await referent.ItemsAsync($"/api/partners/directory?{query}"))
            .Select(e => (e.GetProperty("id").GetGuid(), e.GetProperty("freeSeats").GetInt32())).ToList();

        Assert.Equal([mobility, housing], (await Search("territory=34")).Select(e => e.Id).Order());
        Assert.Equal([(mobility, 4)], await Search("territory=34&theme=MOBILITE"));
        Assert.Equal([housing], (await Search("type=ASSOCIATION_LOGEMENT")).Select(e => e.Id));
        Assert.Equal([(mobility, 4)], await Search("territory=34&withFreeSeats=true&weeks=4"));
        Assert.Equal([(mobility, 6), (housing, 2)], (await Search("territory=34&withFreeSeats=true&weeks=12")).OrderBy(e => e.Free == 2));
        Assert.DoesNotContain(elsewhere, (await Search("territory=34")).Select(e => e.Id));
        Assert.Equal(HttpStatusCode.BadRequest, (await referent.GetAsync("/api/partners/directory?theme=CUISINE")).StatusCode);
        Assert.Equal([mobility], (await _app.ClientFor(PartnerTokens.For(mobility)).ItemsAsync("/api/partners/directory"))
            .Select(e => e.GetProperty("id").GetGuid()));
    }
}
