using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Intensif.Indicators.Tests.EventHistory;

namespace Intensif.Indicators.Tests;

/// <summary>
/// Kept figures (indicator_cells) are never stale: a figure read, then changed by an event or an answer, reads the new
/// value at once; and a kept figure is exactly what computing it afresh gives, for every indicator and breakdown.
/// </summary>
public sealed class FigureCacheTests : IAsyncLifetime
{
    private ServiceApp<IndicatorsDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<IndicatorsDbContext>.StartAsync("indicatorsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static readonly DateTimeOffset T = At("2026-01-01T08:00:00Z");

    private static IntensiveEpisodeStarted Started(Guid episode, string org, string territory, Guid person, string start) =>
        new(Guid.NewGuid(), T, episode, Guid.NewGuid(), org, territory, person, "r1", Day(start), Day(start).AddMonths(4), 15m);

    private static IntensiveEpisodeEnded Ended(Guid episode, string org, string territory, Guid person, string start, string end, string exitType) =>
        new(Guid.NewGuid(), T, episode, Guid.NewGuid(), org, territory, person, Day(start), Day(end), exitType, []);

    private async Task<T2> WithDbAsync<T2>(Func<IndicatorsDbContext, Task<T2>> read)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>());
    }

    private async Task<IReadOnlyList<IndicatorCell>> CachedAsync(IndicatorScope scope, string code, string breakdown, IReadOnlyList<ReportingPeriod> periods)
    {
        await using var services = _app.Services.CreateAsyncScope();
        return await services.ServiceProvider.GetRequiredService<FigureCache>()
            .CellsAsync(scope, IndicatorCatalogue.Find(code)!, Breakdown.Find(breakdown)!, periods, CancellationToken.None);
    }

    private Task<IReadOnlyList<IndicatorCell>> FreshAsync(IndicatorScope scope, string code, string breakdown, IReadOnlyList<ReportingPeriod> periods) =>
        WithDbAsync(async db => IndicatorCatalogue.Find(code)!.Compute(
            await db.LoadAsync(scope, periods[0].FirstDay, periods[^1].LastDay, periods[^1].LastDay, CancellationToken.None), periods, Breakdown.Find(breakdown)!));

    private Task<int> KeptCellsAsync(string scope, string code) =>
        WithDbAsync(db => db.Set<FigureCell>().CountAsync(c => c.Scope == scope && c.Code == code));

    private static decimal?[] Values(JsonElement figures) =>
        [.. figures.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("value").ValueKind == JsonValueKind.Null ? (decimal?)null : r.GetProperty("value").GetDecimal())];

    private static string Json(IEnumerable<IndicatorCell> cells) => JsonSerializer.Serialize(cells);

    [Fact]
    public async Task A_kept_figure_changed_by_an_event_or_an_answer_is_read_with_its_new_value_at_once()
    {
        var org = TestTokens.NewOrganisme();
        var manager = _app.ClientFor(TestTokens.Manager(org));
        var (e1, e2, p1, p2) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(_app.Services, Started(e1, org, "75", p1, "2026-01-10"));
        await PublishAsync(_app.Services, Started(e2, org, "75", p2, "2026-01-20"));
        await Eventually.MatchAsync(() => WithDbAsync(db => db.IntensiveEpisodes.CountAsync(e => e.OrganismeId == org)), n => n == 2);
        var url = $"/api/indicators/organismes/{org}/RPE_IN_PROGRESS?from=2026-01&to=2026-03";

        var first = await manager.GetFromJsonAsync<JsonElement>(url);
        var again = await manager.GetFromJsonAsync<JsonElement>(url);
        await PublishAsync(_app.Services, Ended(e1, org, "75", p1, "2026-01-10", "2026-02-05", "EMPLOI_DURABLE"));
        await Eventually.MatchAsync(() => WithDbAsync(db => db.IntensiveEpisodes.CountAsync(e => e.OrganismeId == org && e.EndedOn != null)), n => n == 1);
        var afterEnd = await manager.GetFromJsonAsync<JsonElement>(url);

        var responseRate = $"/api/indicators/organismes/{org}/I5_RESPONSE_RATE?from=2026-01&to=2026-03";
        var beforeAnswer = await manager.GetFromJsonAsync<JsonElement>(responseRate);
        var answered = await manager.PostAsJsonAsync($"/api/indicators/organismes/{org}/episodes/{e1}/satisfaction-answers", new { score = 5 });
        var afterAnswer = await manager.GetFromJsonAsync<JsonElement>(responseRate);

        Assert.Equal([2m, 2m, 2m], Values(first));
        Assert.Equal([2m, 2m, 2m], Values(again));
        Assert.Equal(1, await KeptCellsAsync("organisme:" + org, "RPE_IN_PROGRESS"));
        Assert.Equal([2m, 1m, 1m], Values(afterEnd));
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        Assert.Equal([null, 0m, null], Values(beforeAnswer));
        Assert.Equal([null, 100m, null], Values(afterAnswer));
    }

    [Fact]
    public async Task The_refresher_recomputes_a_kept_figure_made_stale_by_an_event_before_anyone_reads_it_again()
    {
        var org = TestTokens.NewOrganisme();
        var manager = _app.ClientFor(TestTokens.Manager(org));
        var (episode, person) = (Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(_app.Services, Started(episode, org, "75", person, "2026-01-10"));
        await Eventually.MatchAsync(() => WithDbAsync(db => db.IntensiveEpisodes.CountAsync(e => e.OrganismeId == org)), n => n == 1);
        await manager.GetFromJsonAsync<JsonElement>($"/api/indicators/organismes/{org}/RPE_IN_PROGRESS?from=2026-01&to=2026-03");
        Task<FigureCell> KeptAsync() => WithDbAsync(db => db.Set<FigureCell>().AsNoTracking().SingleAsync(c => c.Scope == "organisme:" + org));
        var kept = await KeptAsync();

        await PublishAsync(_app.Services, Ended(episode, org, "75", person, "2026-01-10", "2026-02-05", "ABANDON"));
        var refreshed = await Eventually.MatchAsync(KeptAsync, c => c.ComputedAt > kept.ComputedAt, within: TimeSpan.FromSeconds(60));

        var periods = ReportingPeriod.Range(Day("2026-01-01"), Day("2026-03-01"), Granularity.Month);
        Assert.Equal([1m, 1m, 1m], FigureRows.Read(kept.Rows, periods).Select(c => c.Value));
        Assert.Equal([1m, 0m, 0m], FigureRows.Read(refreshed.Rows, periods).Select(c => c.Value));
    }

    [Fact]
    public async Task A_kept_territory_figure_changed_by_an_entretien_which_carries_no_territory_is_recomputed()
    {
        var org = TestTokens.NewOrganisme();
        var territory = "9" + Random.Shared.Next(70, 99);   // a territory of its own: its figures hold this test's episodes only
        var (episode, person) = (Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(_app.Services, Started(episode, org, territory, person, "2026-01-05"));
        await Eventually.MatchAsync(() => WithDbAsync(db => db.IntensiveEpisodes.CountAsync(e => e.OrganismeId == org)), n => n == 1);
        var scope = IndicatorScope.OfTerritory(territory);
        var periods = ReportingPeriod.Range(Day("2026-01-01"), Day("2026-03-01"), Granularity.Month);

        var before = await CachedAsync(scope, "I3D_INTERVIEW_COMPLIANCE", "territory", periods);
        foreach (var at in new[] { "2026-02-03T09:00:00Z", "2026-02-17T09:00:00Z" })
            await PublishAsync(_app.Services, new InterviewHeld(Guid.NewGuid(), T, Guid.NewGuid(), org, person, At(at), "SUIVI"));
        await Eventually.MatchAsync(() => WithDbAsync(db => db.InterviewOutcomes.CountAsync(i => i.OrganismeId == org)), n => n == 2);
        var after = await CachedAsync(scope, "I3D_INTERVIEW_COMPLIANCE", "territory", periods);

        Assert.Equal([0m, 0m, 0m], before.Select(c => c.Value));
        Assert.Equal([0m, 100m, 0m], after.Select(c => c.Value));
        Assert.Equal(Json(await FreshAsync(scope, "I3D_INTERVIEW_COMPLIANCE", "territory", periods)), Json(after));
    }

    [Fact]
    public async Task Kept_figures_are_those_computed_afresh_for_every_indicator_breakdown_and_granularity_of_several_scopes()
    {
        var (orgA, orgB) = (TestTokens.NewOrganisme(), TestTokens.NewOrganisme());
        var (t1, t2) = ("8" + Random.Shared.Next(10, 99), "7" + Random.Shared.Next(10, 99));
        var history = new List<IIntegrationEvent>();
        var i = 0;
        foreach (var (org, territory) in new[] { (orgA, t1), (orgA, t2), (orgB, t1) })
        {
            foreach (var (start, end, exit) in new[] { ("2026-01-05", "2026-03-20", "EMPLOI_DURABLE"), ("2026-01-25", (string?)null, ""),
                ("2026-02-10", "2026-04-02", "ABANDON"), ("2026-03-03", null, "") })
            {
                var (episode, person, contract) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
                history.Add(new ContractSigned(Guid.NewGuid(), T, contract, org, territory, person, Day(start).AddDays(-10)));
                history.Add(new IntensiveEpisodeStarted(Guid.NewGuid(), T, episode, contract, org, territory, person, "r" + (i++ % 3), Day(start), Day(start).AddMonths(3), 15m));
                if (end is not null)
                    history.Add(new IntensiveEpisodeEnded(Guid.NewGuid(), T, episode, contract, org, territory, person, Day(start), Day(end), exit, ["MOBILITE:MOYEN"]));
                history.Add(new DiagnosticVersioned(Guid.NewGuid(), T, Guid.NewGuid(), org, territory, person, 1, Day(start).AddDays(-2), ["MOBILITE:FORT"], false));
                history.Add(new InterviewHeld(Guid.NewGuid(), T, Guid.NewGuid(), org, person, new DateTimeOffset(Day(start).AddDays(3).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), "SUIVI"));
                history.Add(new InterviewHeld(Guid.NewGuid(), T, Guid.NewGuid(), org, person, new DateTimeOffset(Day(start).AddDays(18).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), "SUIVI"));
                history.Add(new WeekClosed(Guid.NewGuid(), T, person, episode, org, territory, "2026-W07", Day("2026-02-09"), 15m, 15m, 12m + i % 5, 8m, 4m + i % 5, 0m, "NONE"));
                if (i % 4 == 1)
                    history.Add(new ReferentChanged(Guid.NewGuid(), T, org, territory, person, contract, "r1", "r9", "ABSENCE", Day(start).AddDays(20), true));
                if (i % 5 == 2)
                    history.Add(new BreachFileOpened(Guid.NewGuid(), T, Guid.NewGuid(), org, territory, person, "RSA", "ASSIDUITE", Day(start).AddDays(12), 1));
            }
        }
        foreach (var message in history) await PublishAsync(_app.Services, message);
        // every event applied before comparing (a figure changing between two reads would be computed again, rightly)
        string[] orgs = [orgA, orgB];
        await Eventually.MatchAsync(() => WithDbAsync(async db =>
            await db.IntensiveEpisodes.CountAsync(e => orgs.Contains(e.OrganismeId) && e.StartDate != null) == history.OfType<IntensiveEpisodeStarted>().Count()
            && await db.IntensiveEpisodes.CountAsync(e => orgs.Contains(e.OrganismeId) && e.EndedOn != null) == history.OfType<IntensiveEpisodeEnded>().Count()
            && await db.ActiveContracts.CountAsync(c => orgs.Contains(c.OrganismeId)) == history.OfType<ContractSigned>().Count()
            && await db.DiagnosticVersions.CountAsync(d => orgs.Contains(d.OrganismeId)) == history.OfType<DiagnosticVersioned>().Count()
            && await db.InterviewOutcomes.CountAsync(x => orgs.Contains(x.OrganismeId)) == history.OfType<InterviewHeld>().Count()
            && await db.ClosedWeeks.CountAsync(w => orgs.Contains(w.OrganismeId)) == history.OfType<WeekClosed>().Count()
            && await db.ReferentChanges.CountAsync(c => orgs.Contains(c.OrganismeId)) == history.OfType<ReferentChanged>().Count()
            && await db.BreachFiles.CountAsync(f => orgs.Contains(f.OrganismeId)) == history.OfType<BreachFileOpened>().Count()), applied => applied,
            within: TimeSpan.FromSeconds(90));

        var differences = new List<string>();
        var kept = 0;
        foreach (var scope in new[] { IndicatorScope.OfOrganisme(orgA), IndicatorScope.OfOrganisme(orgB), IndicatorScope.OfTerritory(t1), IndicatorScope.OfTerritory(t2) })
        foreach (var granularity in new[] { Granularity.Month, Granularity.Quarter })
        foreach (var indicator in IndicatorCatalogue.All)
        foreach (var breakdown in indicator.Definition.Breakdowns)
        {
            var periods = ReportingPeriod.Range(Day("2026-01-01"), Day("2026-04-01"), granularity);
            var computed = await CachedAsync(scope, indicator.Definition.Code, breakdown, periods);
            var served = await CachedAsync(scope, indicator.Definition.Code, breakdown, periods);
            var fresh = await FreshAsync(scope, indicator.Definition.Code, breakdown, periods);
            kept++;
            if (Json(computed) != Json(fresh) || Json(served) != Json(fresh))
                differences.Add($"{scope} {indicator.Definition.Code} {breakdown} {granularity}: kept {Json(served)} fresh {Json(fresh)}");
        }

        Assert.Empty(differences);
        Assert.Equal(kept, await WithDbAsync(db => db.Set<FigureCell>().CountAsync(c => c.Scope.Contains(orgA) || c.Scope.Contains(orgB)
            || c.Scope == "territory:" + t1 || c.Scope == "territory:" + t2)));
        Assert.Contains(await FreshAsync(IndicatorScope.OfTerritory(t1), "RPE_ENTRIES", "organisme",
            ReportingPeriod.Range(Day("2026-01-01"), Day("2026-04-01"), Granularity.Month)), c => c.Value > 0);
    }
}
