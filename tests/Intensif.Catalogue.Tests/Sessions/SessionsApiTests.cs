using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Catalogue.Tests.Sessions;

/// <summary>Session events travel through the real RabbitMQ into the catalogue's searchable offer.</summary>
public sealed class SessionsApiTests : IAsyncLifetime
{
    private ServiceApp<CatalogueDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task PublishAsync(object message)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBus>().Publish(message);
    }

    private static SessionPublished Published(Guid sessionId, string territory, DateTimeOffset start, int capacity) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, sessionId, Guid.NewGuid(), "GEN-COL-01", start, start.AddHours(3),
            "Maison de l'emploi", null, capacity, capacity, territory, "NUMERIQUE");

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/catalogue/sessions?" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET /api/catalogue/sessions?{query} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task A_published_session_is_found_with_its_entry_and_its_seats_follow_the_referrals()
    {
        var territory = "9" + Random.Shared.Next(71, 77);   // a territory no other test of this class uses
        var sessionId = Guid.NewGuid();
        var start = DateTimeOffset.UtcNow.AddDays(10);
        var client = _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()));

        await PublishAsync(Published(sessionId, territory, start, capacity: 1));
        var found = await Eventually.MatchAsync(() => SearchAsync(client, $"territory={territory}"), p => p.GetProperty("items").GetArrayLength() == 1, TimeSpan.FromSeconds(90));
        var session = found.GetProperty("items")[0];
        Assert.Equal(sessionId, session.GetProperty("sessionId").GetGuid());
        Assert.False(string.IsNullOrEmpty(session.GetProperty("entryLabel").GetString()));   // the seeded national entry

        await PublishAsync(new ReferralAccepted(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), sessionId, Guid.NewGuid(), "org",
            Guid.NewGuid(), "GEN-COL-01", start, start.AddHours(3), SeatsLeft: 0));
        var full = await Eventually.MatchAsync(() => SearchAsync(client, $"territory={territory}&freeSeats=true"), p => p.GetProperty("items").GetArrayLength() == 0);
        Assert.Equal(0, full.GetProperty("items").GetArrayLength());

        await PublishAsync(new SessionCancelled(Guid.NewGuid(), DateTimeOffset.UtcNow, sessionId, Guid.NewGuid(), "GEN-COL-01", start, territory));
        var gone = await Eventually.MatchAsync(() => SearchAsync(client, $"territory={territory}"), p => p.GetProperty("items").GetArrayLength() == 0);
        Assert.Equal(0, gone.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Sessions_come_in_start_order_page_by_page()
    {
        var territory = "2" + (char)('A' + Random.Shared.Next(0, 2));
        var start = DateTimeOffset.UtcNow.AddDays(20);
        var ids = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < ids.Count; i++) await PublishAsync(Published(ids[i], territory, start.AddDays(2 - i), capacity: 5));
        var client = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        var all = await Eventually.MatchAsync(() => SearchAsync(client, $"territory={territory}&limit=100"),
            p => p.GetProperty("items").GetArrayLength() == 3, TimeSpan.FromSeconds(90));
        Assert.Equal(3, all.GetProperty("items").GetArrayLength());

        var first = await SearchAsync(client, $"territory={territory}&limit=2");
        var second = await SearchAsync(client, $"territory={territory}&limit=2&cursor={first.GetProperty("nextCursor").GetString()}");

        var order = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(s => s.GetProperty("sessionId").GetGuid()).ToList();
        Assert.Equal([ids[2], ids[1], ids[0]], order);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task A_reversed_date_range_or_a_foreign_cursor_is_a_400()
    {
        var client = _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()));

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/catalogue/sessions?from=2026-12-10T00:00:00Z&to=2026-12-01T00:00:00Z")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/catalogue/sessions?cursor=bm90LWEtY3Vyc29y")).StatusCode);
    }
}
