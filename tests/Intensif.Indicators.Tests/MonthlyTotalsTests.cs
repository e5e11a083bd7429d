using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging.Inbox;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Intensif.Indicators.Tests.EventHistory;

namespace Intensif.Indicators.Tests;

/// <summary>
/// The monthly totals I3–I3d read are kept by difference on every save of a closed week or an entretien: after
/// corrections delivered in any order and concurrent events of one month, they equal the sums of the projection rows,
/// and what <see cref="MonthlyTotals.RebuildSql"/> computes from those rows.
/// </summary>
public sealed class MonthlyTotalsTests : IAsyncLifetime
{
    private ServiceApp<IndicatorsDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<IndicatorsDbContext>.StartAsync("indicatorsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<T> WithDbAsync<T>(Func<IndicatorsDbContext, Task<T>> read)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>());
    }

    private static WeekClosed Week(Guid person, Guid episode, string org, string isoWeek, string monday, decimal realised, decimal accompanied, string closedAt) =>
        new(Guid.NewGuid(), At(closedAt), person, episode, org, "75", isoWeek, Day(monday), 15m, 15m, realised, accompanied, realised - accompanied,
            Math.Max(0m, 15m - realised), realised >= 15m ? "NONE" : "OTHER");

    private Task<List<WeekMonth>> KeptWeeksAsync(Guid episode) =>
        WithDbAsync(db => db.Set<WeekMonth>().AsNoTracking().Where(w => w.EpisodeId == episode).OrderBy(w => w.Month).ToListAsync());

    private Task<List<InterviewMonth>> KeptInterviewsAsync(Guid person) =>
        WithDbAsync(db => db.Set<InterviewMonth>().AsNoTracking().Where(i => i.BeneficiaryId == person && i.Held != 0).OrderBy(i => i.Month).ToListAsync());

    private static (DateOnly, int, int, decimal, decimal)[] Values(IEnumerable<WeekMonth> months) =>
        [.. months.Where(m => m.Weeks != 0).OrderBy(m => m.Month).Select(m => (m.Month, m.Weeks, m.WeeksReachingTarget, m.RealisedHours, m.AccompaniedHours))];

    [Fact]
    public async Task Week_totals_follow_corrections_in_any_order_and_equal_the_sums_of_the_weeks()
    {
        var (org, person, episode) = (TestTokens.NewOrganisme(), Guid.NewGuid(), Guid.NewGuid());

        WeekClosed[] history =
        [
            Week(person, episode, org, "2026-W10", "2026-03-02", 12m, 8m, "2026-03-09T08:00:00Z"),
            Week(person, episode, org, "2026-W10", "2026-03-02", 16m, 10m, "2026-03-10T08:00:00Z"),   // newer: replaces
            Week(person, episode, org, "2026-W10", "2026-03-02", 3m, 1m, "2026-03-08T08:00:00Z"),     // older: ignored
            Week(person, episode, org, "2026-W14", "2026-03-30", 10m, 5m, "2026-04-06T08:00:00Z"),   // Thursday 2 April
            Week(person, episode, org, "2026-W09", "2026-02-23", 15m, 15m, "2026-03-02T08:00:00Z"),  // Thursday 26 February
        ];
        foreach (var week in history) await PublishAsync(_app.Services, week);
        Guid[] ids = [.. history.Select(w => w.EventId)];
        await Eventually.MatchAsync(() => WithDbAsync(db => db.Set<InboxMessage>().CountAsync(m => ids.Contains(m.MessageId))), n => n == history.Length);

        var kept = await KeptWeeksAsync(episode);
        var rows = await WithDbAsync(db => db.ClosedWeeks.AsNoTracking().Where(w => w.EpisodeId == episode).ToListAsync());

        Assert.Equal(
            [(Day("2026-02-01"), 1, 1, 15m, 15m), (Day("2026-03-01"), 1, 1, 16m, 10m), (Day("2026-04-01"), 1, 0, 10m, 5m)],
            Values(kept));
        Assert.Equal(Values(WeekMonth.Sum(rows)), Values(kept));
    }

    [Fact]
    public async Task Held_entretien_counts_follow_corrections_to_missed_and_Paris_months()
    {
        var (org, person) = (TestTokens.NewOrganisme(), Guid.NewGuid());
        var (corrected, stale, lateNight) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        await PublishAsync(_app.Services, new InterviewHeld(Guid.NewGuid(), At("2026-03-05T10:00:00Z"), corrected, org, person, At("2026-03-05T09:00:00Z"), "SUIVI"));
        await PublishAsync(_app.Services, new InterviewMissed(Guid.NewGuid(), At("2026-03-06T10:00:00Z"), corrected, org, person, At("2026-03-05T09:00:00Z"), "SUIVI", false));
        await PublishAsync(_app.Services, new InterviewHeld(Guid.NewGuid(), At("2026-03-12T10:00:00Z"), stale, org, person, At("2026-03-12T09:00:00Z"), "SUIVI"));
        await PublishAsync(_app.Services, new InterviewMissed(Guid.NewGuid(), At("2026-03-11T10:00:00Z"), stale, org, person, At("2026-03-12T09:00:00Z"), "SUIVI", true));
        await PublishAsync(_app.Services, new InterviewHeld(Guid.NewGuid(), At("2026-03-01T08:00:00Z"), lateNight, org, person, At("2026-02-28T23:30:00Z"), "SUIVI"));
        await Eventually.MatchAsync(() => WithDbAsync(db => db.InterviewOutcomes.CountAsync(i => i.BeneficiaryId == person && i.ScheduledAt != default)), n => n == 3);
        await Eventually.MatchAsync(() => WithDbAsync(db => db.InterviewOutcomes.CountAsync(i => i.InterviewId == corrected && !i.Held)), n => n == 1);

        var kept = await KeptInterviewsAsync(person);
        var rows = await WithDbAsync(db => db.InterviewOutcomes.AsNoTracking().Where(i => i.BeneficiaryId == person).ToListAsync());

        // the corrected one is missed; the stale "missed" came before its "held"; 23:30 UTC on 28 February is 1 March in Paris
        Assert.Equal([(Day("2026-03-01"), 2)], kept.Select(k => (k.Month, k.Held)));
        Assert.Equal(InterviewMonth.Sum(rows).Select(k => (k.Month, k.Held)), kept.Select(k => (k.Month, k.Held)));
    }

    [Fact]
    public async Task Concurrent_weeks_of_one_month_all_count_and_the_rebuild_gives_the_kept_totals()
    {
        var org = TestTokens.NewOrganisme();
        var people = Enumerable.Range(0, 4).Select(_ => (Person: Guid.NewGuid(), Episode: Guid.NewGuid())).ToList();
        var weeks = (from p in people
                     from w in new[] { ("2026-W10", "2026-03-02"), ("2026-W11", "2026-03-09"), ("2026-W12", "2026-03-16"), ("2026-W13", "2026-03-23") }
                     select Week(p.Person, p.Episode, org, w.Item1, w.Item2, 14m, 7m, "2026-03-30T08:00:00Z")).ToList();
        var held = people.Select(p => new InterviewHeld(Guid.NewGuid(), At("2026-03-20T10:00:00Z"), Guid.NewGuid(), org, p.Person, At("2026-03-20T09:00:00Z"), "SUIVI")).ToList();

        await Task.WhenAll(weeks.Select(w => PublishAsync(_app.Services, w)).Concat(held.Select(h => PublishAsync(_app.Services, h))));
        var episodes = people.Select(p => p.Episode).ToList();
        await Eventually.MatchAsync(() => WithDbAsync(db => db.ClosedWeeks.CountAsync(w => episodes.Contains(w.EpisodeId) && w.WeekStart != default)), n => n == 16);
        await Eventually.MatchAsync(() => WithDbAsync(db => db.InterviewOutcomes.CountAsync(i => i.OrganismeId == org)), n => n == 4);

        var live = await WithDbAsync(db => db.Set<WeekMonth>().AsNoTracking().Where(w => episodes.Contains(w.EpisodeId)).ToListAsync());
        var liveHeld = await WithDbAsync(db => db.Set<InterviewMonth>().AsNoTracking().Where(i => i.OrganismeId == org).ToListAsync());
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync(MonthlyTotals.RebuildSql));
        var rebuilt = await WithDbAsync(db => db.Set<WeekMonth>().AsNoTracking().Where(w => episodes.Contains(w.EpisodeId)).ToListAsync());
        var rebuiltHeld = await WithDbAsync(db => db.Set<InterviewMonth>().AsNoTracking().Where(i => i.OrganismeId == org).ToListAsync());

        Assert.All(live, m => Assert.Equal((Day("2026-03-01"), 4, 0, 56m, 28m), (m.Month, m.Weeks, m.WeeksReachingTarget, m.RealisedHours, m.AccompaniedHours)));
        Assert.Equal(4, live.Count);
        Assert.Equal(Values(live.OrderBy(m => m.EpisodeId)), Values(rebuilt.OrderBy(m => m.EpisodeId)));
        Assert.Equal(liveHeld.Select(i => (i.BeneficiaryId, i.Month, i.Held)).Order(), rebuiltHeld.Select(i => (i.BeneficiaryId, i.Month, i.Held)).Order());
        Assert.Equal(4, liveHeld.Sum(i => i.Held));
    }
}
