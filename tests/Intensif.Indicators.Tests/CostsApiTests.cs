using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using static Intensif.Indicators.Tests.EventHistory;

namespace Intensif.Indicators.Tests;

/// <summary>Costing (issue 7 §3) fed by catalogue, scheduling and episode events through the real RabbitMQ and PostgreSQL.</summary>
public sealed class CostsApiTests : IAsyncLifetime
{
    private ServiceApp<IndicatorsDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<IndicatorsDbContext>.StartAsync("indicatorsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task AttendedAsync(string org, Guid episode, string code, Guid? session, Guid? structure, DateTimeOffset start, decimal hours)
    {
        var assignment = Guid.NewGuid();
        await PublishAsync(_app.Services, new AssignmentBooked(Guid.NewGuid(), DateTimeOffset.UtcNow, assignment, org, "75", Guid.NewGuid(), episode, "2026-W11",
            code, session, structure, start, start.AddHours((double)hours), hours, "ACCOMPAGNEE"));
        await PublishAsync(_app.Services, new AttendanceRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, assignment, org, "75", Guid.NewGuid(), episode, "2026-W11",
            code, session, "DONE", hours, "PARTNER"));
    }

    [Fact]
    public async Task Managers_read_the_cost_of_realised_hours_at_the_hourly_cost_of_their_day_split_between_funders_with_uncosted_hours_apart()
    {
        var (org, code, episode, contract) = (TestTokens.NewOrganisme(), "CST-" + Random.Shared.Next(1000, 9999), Guid.NewGuid(), Guid.NewGuid());
        var (session, structure) = (Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(_app.Services, new CatalogueEntryPublished(Guid.NewGuid(), At("2026-01-01T00:00:00Z"), code, "Atelier", "EMPLOI", 3m)
        {
            Version = 2, HourlyCosts = [new(30m, Day("2026-01-01"), null)], Funding = ["CD75", "FSE+"],
        });
        // the cost rises on 16 March (version 3)
        await PublishAsync(_app.Services, new CatalogueEntryUpdated(Guid.NewGuid(), At("2026-03-01T00:00:00Z"), code, 3, "LOCAL", org, "Atelier", "EMPLOI",
            "ACCOMPAGNEE", "TEMPS_REEL", null, null, null, null, true)
        {
            HourlyCosts = [new(30m, Day("2026-01-01"), Day("2026-03-15")), new(40m, Day("2026-03-16"), null)], Funding = ["CD75", "FSE+"],
        });
        await PublishAsync(_app.Services, new IntensiveEpisodeStarted(Guid.NewGuid(), DateTimeOffset.UtcNow, episode, contract, org, "75", Guid.NewGuid(), "r1",
            Day("2026-02-02"), Day("2026-08-02"), 15m));
        await PublishAsync(_app.Services, new SessionPublished(Guid.NewGuid(), DateTimeOffset.UtcNow, session, structure, code, At("2026-03-10T09:00:00Z"),
            At("2026-03-10T12:00:00Z"), "Salle 2", null, 12, 12, "75", "IAE"));
        // the structure's convention with CD75 ends on 15 March
        await PublishAsync(_app.Services, new PartnerConventionsSet(Guid.NewGuid(), At("2026-01-05T00:00:00Z"), structure,
            [new PartnerConventionTerm("CD75", Day("2026-01-01"), Day("2026-03-15"), 20)]));
        await AttendedAsync(org, episode, code, session, structure, At("2026-03-10T09:00:00Z"), 3m);    // 3 × 30
        await AttendedAsync(org, episode, code, session, structure, At("2026-03-20T09:00:00Z"), 2m);    // 2 × 40
        await AttendedAsync(org, episode, "AUTO-" + code, null, null, At("2026-03-21T09:00:00Z"), 1m);  // no known cost
        var manager = _app.ClientFor(TestTokens.Manager(org));
        var url = $"/api/indicators/organismes/{org}/costs?from=2026-03&to=2026-03";

        var byContract = await Eventually.MatchAsync(() => manager.GetFromJsonAsync<JsonElement>(url + "&by=contract"),
            c => c.GetProperty("total").GetProperty("cost").GetDecimal() == 170m && c.GetProperty("total").GetProperty("realisedHours").GetDecimal() == 6m);
        var byFunder = await manager.GetFromJsonAsync<JsonElement>(url + "&by=funder");
        var byConvention = await Eventually.MatchAsync(() => manager.GetFromJsonAsync<JsonElement>(url + "&by=convention"),
            c => c.GetProperty("rows").EnumerateArray().Any(r => r.GetProperty("key").GetString() == "CD75"));
        var csv = await manager.GetAsync(url + "&by=partner&format=csv&separator=semicolon&decimal=comma");
        var badBy = await manager.GetAsync(url + "&by=referent");
        var otherManager = await _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme())).GetAsync(url);
        var referent = await _app.ClientFor(TestTokens.Referent(org)).GetAsync(url);

        var row = byContract.GetProperty("rows")[0];
        Assert.Equal((contract.ToString(), 6m, 5m, 1m, 170m), (row.GetProperty("key").GetString(), row.GetProperty("realisedHours").GetDecimal(),
            row.GetProperty("costedHours").GetDecimal(), row.GetProperty("uncostedHours").GetDecimal(), row.GetProperty("cost").GetDecimal()));
        Assert.Equal([("CD75", 85m), ("FSE+", 85m), ("NONE", 0m)], byFunder.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("key").GetString(), r.GetProperty("cost").GetDecimal())));
        Assert.Equal([("CD75", 90m), ("NONE", 0m), ("NO_CONVENTION", 80m)], byConvention.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("key").GetString(), r.GetProperty("cost").GetDecimal())));   // 10 March in the convention, 20 March after it
        var text = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]);
        Assert.Contains($";{structure};5,00;5,00;0,00;170,00\r\n", text);
        Assert.EndsWith(";TOTAL;6,00;5,00;1,00;170,00\r\n", text);
        Assert.Equal(HttpStatusCode.BadRequest, badBy.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherManager.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, referent.StatusCode);
    }
}
