using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class AverageDurationIndicatorTests
{
    [Fact]
    public void Average_duration_is_the_mean_of_end_minus_start_over_episodes_ended_in_the_month()
    {
        IntensiveEpisode[] episodes =
        [
            Episodes.Ended("ft-75", "75", "2026-01-01", "2026-04-11", "EMPLOI_DURABLE"),    // 100 days
            Episodes.Ended("ft-75", "75", "2025-12-31", "2026-04-30", "ABANDON"),           // 120 days
            Episodes.Ended("ft-75", "75", "2026-03-01", "2026-04-01", "SANTE"),             // 31 days
            Episodes.Ended("ft-75", "75", "2026-01-01", "2026-05-01", "EMPLOI_DURABLE"),    // ends in May: not in April
            Episodes.Started("ft-75", "75", "2026-01-01", "2026-04-15"),                    // open: no duration
        ];

        var cells = new AverageDurationIndicator().Compute(Episodes.Data(episodes), Episodes.Months("2026-03", "2026-04"), Breakdown.Organisme);

        Assert.Equal([(null, 0), (83.7m, 3)], cells.Select(c => (c.Value, c.Population)));   // (100 + 120 + 31) / 3 = 83.67
    }
}
