using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Indicators.Tests;

/// <summary>
/// Events published on the real RabbitMQ feed the projections; the figures are read through the API as a manager or a
/// pilot would. Each test class starts its own app on its own queues (ServiceApp), so classes run side by side.
/// </summary>
public sealed class IndicatorsApiTests : IAsyncLifetime
{
    private ServiceApp<IndicatorsDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<IndicatorsDbContext>.StartAsync("indicatorsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task PublishAsync(object message)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBus>().Publish(message);
    }

    private static IntensiveEpisodeStarted Started(Guid episode, string organisme, string territory, string start, string plannedEnd) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, episode, Guid.NewGuid(), organisme, territory, Guid.NewGuid(), "referent-1",
            DateOnly.Parse(start), DateOnly.Parse(plannedEnd), 15m);

    private static IntensiveEpisodeEnded Ended(Guid episode, string organisme, string territory, string start, string end, string exitType) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, episode, Guid.NewGuid(), organisme, territory, Guid.NewGuid(),
            DateOnly.Parse(start), DateOnly.Parse(end), exitType, []);

    private static async Task<JsonElement> GetAsync(HttpClient client, string url) => await client.GetFromJsonAsync<JsonElement>(url);

    private static IEnumerable<(string Month, string Group, string? Category, decimal? Value, bool Masked)> Rows(JsonElement figures) =>
        figures.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("period").GetString()!, r.GetProperty("group").GetString()!,
            r.GetProperty("category").GetString(), r.GetProperty("value").ValueKind == JsonValueKind.Null ? (decimal?)null : r.GetProperty("value").GetDecimal(),
            r.GetProperty("masked").GetBoolean()));

    [Fact]
    public async Task Episode_events_through_RabbitMQ_give_the_managers_figures_even_when_an_end_arrives_before_its_start()
    {
        var organisme = TestTokens.NewOrganisme();
        var manager = _app.ClientFor(TestTokens.Manager(organisme));
        var url = $"/api/indicators/organismes/{organisme}/{{0}}?from=2026-01&to=2026-03";
        var (early, late, open) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        // the end of "late" is delivered first, then its start
        await PublishAsync(Ended(late, organisme, "75", "2026-01-20", "2026-03-01", "EMPLOI_DURABLE"));
        await Eventually.MatchAsync(() => GetAsync(manager, string.Format(url, "RPE_EXITS_BY_REASON")), f => f.GetProperty("rows").GetArrayLength() > 0);
        await PublishAsync(Started(late, organisme, "75", "2026-01-20", "2026-05-20"));
        await PublishAsync(Started(early, organisme, "75", "2026-01-05", "2026-04-05"));
        await PublishAsync(Ended(early, organisme, "75", "2026-01-05", "2026-03-06", "ABANDON"));
        await PublishAsync(Started(open, organisme, "92", "2026-02-14", "2026-08-14"));
        await PublishAsync(new IntensiveEpisodeExtended(Guid.NewGuid(), DateTimeOffset.UtcNow, open, Guid.NewGuid(), organisme, "92", Guid.NewGuid(),
            DateOnly.Parse("2026-08-14"), DateOnly.Parse("2026-10-14"), 1));

        var durations = await Eventually.MatchAsync(() => GetAsync(manager, string.Format(url, "RPE_AVERAGE_DURATION")),
            f => Rows(f).Any(r => r is { Month: "2026-03", Value: 50m }));
        var inProgress = await Eventually.MatchAsync(() => GetAsync(manager, string.Format(url, "RPE_IN_PROGRESS")),
            f => Rows(f).Any(r => r is { Month: "2026-02", Value: 3m }));
        var entries = await GetAsync(manager, string.Format(url, "RPE_ENTRIES") + "&breakdown=territory");
        var exits = await GetAsync(manager, string.Format(url, "RPE_EXITS_BY_REASON"));

        Assert.Equal([("2026-01", organisme, null, null, false), ("2026-02", organisme, null, null, false), ("2026-03", organisme, null, 50m, false)],
            Rows(durations));   // (40 + 60) / 2 days
        Assert.Equal([("2026-01", "75", null, 2m, false), ("2026-02", "75", null, 0m, false), ("2026-03", "75", null, 0m, false),
            ("2026-01", "92", null, 0m, false), ("2026-02", "92", null, 1m, false), ("2026-03", "92", null, 0m, false)], Rows(entries));
        Assert.Equal([2m, 3m, 1m], Rows(inProgress).Select(r => r.Value));
        Assert.Equal([("ABANDON", 1m), ("EMPLOI_DURABLE", 1m)], Rows(exits).Where(r => r.Month == "2026-03").Select(r => (r.Category!, r.Value!.Value)));
    }

    [Fact]
    public async Task A_pilot_sees_aggregates_of_their_territory_with_cells_under_five_masked_and_nothing_elsewhere()
    {
        var territory = "T" + Random.Shared.Next(10, 99);
        var (large, small) = (TestTokens.NewOrganisme(), TestTokens.NewOrganisme());
        for (var i = 0; i < 5; i++) await PublishAsync(Started(Guid.NewGuid(), large, territory, "2026-04-0" + (i + 1), "2026-10-01"));
        for (var i = 0; i < 2; i++) await PublishAsync(Started(Guid.NewGuid(), small, territory, "2026-04-1" + i, "2026-10-01"));
        var pilot = _app.ClientFor(PilotTokens.Pilot(territory));
        var url = $"/api/indicators/territories/{territory}/RPE_ENTRIES?from=2026-04&to=2026-04";

        var byTerritory = await Eventually.MatchAsync(() => GetAsync(pilot, url), f => Rows(f).Any(r => r.Value == 7m));
        var byOrganisme = await GetAsync(pilot, url + "&breakdown=organisme");

        Assert.Equal([("2026-04", territory, null, 7m, false)], Rows(byTerritory));
        // the small organisme's 2 is masked, and so is the large one's 5: otherwise 7 − 5 would give the 2 back
        Assert.Equal([(null, true), (null, true)],
            Rows(byOrganisme).OrderBy(r => r.Group == large ? 0 : 1).Select(r => (r.Value, r.Masked)));
        Assert.DoesNotContain("pseudonymous", (await pilot.GetStringAsync(url)), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await pilot.GetAsync("/api/indicators/territories/Z9/RPE_ENTRIES")).StatusCode);
        var manager = _app.ClientFor(TestTokens.Manager(large, territory: territory));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_pilot_reads_access_to_employment_by_age_band_and_by_sex_and_entries_by_public_with_small_cells_masked()
    {
        var territory = "T" + Random.Shared.Next(10, 99);
        var organisme = TestTokens.NewOrganisme();
        var people = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < 6; i++)
            await PublishAsync(new IntensiveEpisodeStarted(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), organisme, territory, people[i],
                "referent-1", DateOnly.Parse("2026-04-0" + (i + 1)), DateOnly.Parse("2026-10-01"), 15m)
            {
                Parcours = "EMPLOI", AgeBand = i < 5 ? "26-44" : "55+", Publics = i < 5 ? ["RSA"] : ["RSA", "RQTH"], Sex = i < 5 ? "F" : "M",
            });
        foreach (var person in people.Take(2))   // two of the five 26-44 find a three-month CDD in May
            await PublishAsync(new EmploymentOutcomeRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), organisme, territory, person, Guid.NewGuid(),
                null, "CDD", DateOnly.Parse("2026-05-04"), 3, 35m, false, "REFERENT"));
        var pilot = _app.ClientFor(PilotTokens.Pilot(territory));
        var url = $"/api/indicators/territories/{territory}/{{0}}?from=2026-04&to=2026-04";

        var access = await Eventually.MatchAsync(() => GetAsync(pilot, string.Format(url, "I4_EMPLOYMENT_ACCESS") + "&breakdown=ageBand"),
            f => Rows(f).Any(r => r is { Group: "26-44", Value: 40.0m }) && Rows(f).Any(r => r.Group == "55+"));
        var entries = await GetAsync(pilot, string.Format(url, "RPE_ENTRIES") + "&breakdown=public");
        var bySex = await GetAsync(pilot, string.Format(url, "I4_EMPLOYMENT_ACCESS") + "&breakdown=sex");

        Assert.Equal([("26-44", 40.0m, false), ("55+", null, true)], Rows(access).Select(r => (r.Group, r.Value, r.Masked)));   // a cohort of one is masked
        Assert.Contains(("RQTH", (decimal?)null, true), Rows(entries).Select(r => (r.Group, r.Value, r.Masked)));
        Assert.DoesNotContain(Rows(entries), r => r.Group == "RQTH" && !r.Masked);
        Assert.Equal([("F", 40.0m, false), ("M", null, true)], Rows(bySex).Select(r => (r.Group, r.Value, r.Masked)));   // one man: masked
    }

    [Fact]
    public async Task Another_organisme_is_a_404_and_an_unknown_indicator_or_breakdown_a_400_problem()
    {
        var organisme = TestTokens.NewOrganisme();
        var manager = _app.ClientFor(TestTokens.Manager(organisme));

        var foreign = await manager.GetAsync($"/api/indicators/organismes/{TestTokens.NewOrganisme()}/RPE_ENTRIES");
        var unknownCode = await manager.GetAsync($"/api/indicators/organismes/{organisme}/I9");
        var unknownBreakdown = await manager.GetAsync($"/api/indicators/organismes/{organisme}/RPE_ENTRIES?breakdown=epci");
        var notCarried = await manager.GetAsync($"/api/indicators/organismes/{organisme}/O3_RSA_ORIENTATION_DELAY?breakdown=ageBand");
        var reversed = await manager.GetAsync($"/api/indicators/organismes/{organisme}/RPE_ENTRIES?from=2026-05&to=2026-01");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownCode.StatusCode);
        Assert.Equal("application/problem+json", unknownCode.Content.Headers.ContentType?.MediaType);
        Assert.True((await unknownCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _));
        Assert.True((await unknownBreakdown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("breakdown", out _));
        Assert.Equal(HttpStatusCode.BadRequest, notCarried.StatusCode);   // orientation events carry no age band
        Assert.True((await notCarried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("breakdown", out _));
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
    }

    [Fact]
    public async Task Every_indicator_has_a_versioned_definition()
    {
        var client = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));

        var definitions = (await GetAsync(client, "/api/indicators/definitions")).EnumerateArray().ToList();

        Assert.Equal(IndicatorCatalogue.All.Select(i => i.Definition.Code), definitions.Select(d => d.GetProperty("code").GetString()));
        Assert.Contains("I1_PREVALENCE", definitions.Select(d => d.GetProperty("code").GetString()));
        Assert.All(definitions, d =>
        {
            Assert.Equal(IndicatorCatalogue.Find(d.GetProperty("code").GetString()!)!.Definition.Version, d.GetProperty("version").GetInt32());
            Assert.InRange(d.GetProperty("version").GetInt32(), 1, 999);   // the default settings: no setting-derived version
            Assert.False(string.IsNullOrEmpty(d.GetProperty("numerator").GetString()));
            Assert.False(string.IsNullOrEmpty(d.GetProperty("period").GetString()));
            Assert.False(string.IsNullOrEmpty(d.GetProperty("population").GetString()));
        });
        var entries = definitions.Single(d => d.GetProperty("code").GetString() == "RPE_ENTRIES");
        Assert.Contains("counts in each", entries.GetProperty("breakdownNotes").GetProperty("public").GetString());
        var rsaDelay = definitions.Single(d => d.GetProperty("code").GetString() == "O3_RSA_ORIENTATION_DELAY");
        Assert.False(rsaDelay.GetProperty("breakdownNotes").TryGetProperty("public", out _));   // O3 cannot be broken down by public
    }
}
