using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class EntriesIndicatorTests
{
    [Fact]
    public void Entries_count_the_episodes_started_in_each_month_per_organisme()
    {
        IntensiveEpisode[] episodes =
        [
            Episodes.Started("ft-75", "75", "2026-01-05", "2026-06-05"),
            Episodes.Started("ft-75", "75", "2026-01-31", "2026-06-30"),
            Episodes.Ended("ft-75", "92", "2026-02-01", "2026-02-20", "EMPLOI_DURABLE"),
            Episodes.Started("cd-93", "93", "2026-02-10", "2026-08-10"),
        ];

        var cells = new EntriesIndicator().Compute(Episodes.Data(episodes), Episodes.Months("2026-01", "2026-02"), Breakdown.Organisme);

        Assert.Equal(
            [("2026-01", "cd-93", 0m), ("2026-02", "cd-93", 1m), ("2026-01", "ft-75", 2m), ("2026-02", "ft-75", 1m)],
            cells.Select(c => (c.Period.ToString(), c.Group, c.Value!.Value)));
    }

    [Fact]
    public void Entries_by_territory_follow_the_episode_territory()
    {
        IntensiveEpisode[] episodes =
        [
            Episodes.Started("ft-75", "75", "2026-03-05", "2026-06-05"),
            Episodes.Started("ft-75", "92", "2026-03-06", "2026-06-06"),
            Episodes.Started("cd-92", "92", "2026-03-07", "2026-06-07"),
        ];

        var cells = new EntriesIndicator().Compute(Episodes.Data(episodes), Episodes.Months("2026-03", "2026-03"), Breakdown.Territory);

        Assert.Equal([("75", 1m), ("92", 2m)], cells.Select(c => (c.Group, c.Value!.Value)));
    }
}
