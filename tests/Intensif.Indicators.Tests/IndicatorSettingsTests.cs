using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Indicators.Tests;

/// <summary>
/// The PROP windows of I4 and O4 are deployment settings (Indicators:EmploymentOutcomeWindowMonths,
/// Indicators:EarlyWorkSituationWeeks): a deployment with another window serves another definition version, and its
/// figures are computed for it, never taken from the figures kept for the default window in the same database.
/// </summary>
public sealed class IndicatorSettingsTests : IAsyncLifetime
{
    private ServiceApp<IndicatorsDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<IndicatorsDbContext>.StartAsync("indicatorsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task PublishAsync(object message)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBus>().Publish(message);
    }

    /// <summary>The version served and January's value (none while the events have not arrived).</summary>
    private static (int Version, decimal? Value) Figure(JsonElement figures) =>
        (figures.GetProperty("version").GetInt32(),
         figures.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("period").GetString() == "2026-01")
            .Select(r => r.GetProperty("value")).Where(v => v.ValueKind == JsonValueKind.Number).Select(v => (decimal?)v.GetDecimal()).SingleOrDefault());

    [Fact]
    public async Task A_three_month_window_setting_serves_its_own_definition_version_and_figure_beside_the_kept_default_one()
    {
        var organisme = TestTokens.NewOrganisme();
        var token = TestTokens.Manager(organisme);
        var (episode, person) = (Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(new IntensiveEpisodeStarted(Guid.NewGuid(), DateTimeOffset.UtcNow, episode, Guid.NewGuid(), organisme, "75", person, "referent-1",
            DateOnly.Parse("2026-01-10"), DateOnly.Parse("2026-07-10"), 15m));
        // a CDI four months after the entry: within six months, not within three
        await PublishAsync(new EmploymentOutcomeRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), organisme, "75", person, Guid.NewGuid(),
            episode, "CDI", DateOnly.Parse("2026-05-11"), null, 35m, true, "REFERENT"));
        var url = $"/api/indicators/organismes/{organisme}/I4_EMPLOYMENT_ACCESS?from=2026-01&to=2026-01";
        var byDefault = await Eventually.MatchAsync(() => _app.ClientFor(token).GetFromJsonAsync<JsonElement>(url), f => Figure(f).Value == 100.0m);

        await using var configured = _app.WithWebHostBuilder(b => b.UseSetting("Indicators:EmploymentOutcomeWindowMonths", "3"));
        var client = configured.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var withSetting = await client.GetFromJsonAsync<JsonElement>(url);
        var definitions = await client.GetFromJsonAsync<JsonElement>("/api/indicators/definitions");
        var againByDefault = await _app.ClientFor(token).GetFromJsonAsync<JsonElement>(url);

        Assert.Equal((1, 100.0m), Figure(byDefault));
        Assert.Equal((1003, 0.0m), Figure(withSetting));
        Assert.Equal((1, 100.0m), Figure(againByDefault));
        var served = definitions.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "I4_EMPLOYMENT_ACCESS");
        Assert.Equal(1003, served.GetProperty("version").GetInt32());
        Assert.Contains("at most 3 calendar months", served.GetProperty("numerator").GetString());
    }
}
