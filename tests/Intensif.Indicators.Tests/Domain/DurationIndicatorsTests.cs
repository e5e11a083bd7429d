using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class DurationIndicatorsTests
{
    private static readonly IntensiveEpisode[] Q1 =
    [
        Episodes.Ended("ft-75", "75", "2026-01-01", "2026-01-31", "ABANDON", plannedEnd: "2026-03-01"),          // 30 days, before plan
        Episodes.Ended("ft-75", "75", "2026-01-01", "2026-02-20", "EMPLOI_DURABLE", plannedEnd: "2026-02-01"),   // 50 days, past plan
        Episodes.Ended("ft-75", "75", "2025-12-01", "2026-03-01", "SANTE", plannedEnd: "2026-03-01"),            // 90 days, on plan
        Episodes.Ended("ft-75", "75", "2026-01-01", "2026-03-11", "AUTRE", plannedEnd: "2026-02-11"),            // 69 days, past plan
        Episodes.Started("ft-75", "75", "2026-03-01", "2026-09-01"),
    ];

    [Fact]
    public void The_median_duration_of_a_quarter_averages_the_two_middle_durations_when_their_number_is_even()
    {
        var cells = new MedianDurationIndicator().Compute(Episodes.Data(Q1), Episodes.Periods("2026-01", "2026-03", Granularity.Quarter), Breakdown.Organisme);

        // durations 30, 50, 69, 90 → (50 + 69) / 2
        Assert.Equal([("2026-Q1", 59.5m, 4)], cells.Select(c => (c.Period.ToString(), c.Value!.Value, c.Population)));
    }

    [Fact]
    public void Exceeding_the_planned_duration_compares_the_end_with_the_first_planned_end_even_after_an_extension()
    {
        var extended = Episodes.Started("ft-75", "75", "2026-01-05", "2026-02-05");
        extended.ApplyExtended(DateOnly.Parse("2026-02-05"), DateOnly.Parse("2026-04-05"), 1);
        extended.ApplyEnded(DateOnly.Parse("2026-01-05"), DateOnly.Parse("2026-03-20"), "EMPLOI_TEMPORAIRE");

        var cells = new ExceededPlannedDurationIndicator().Compute(Episodes.Data([.. Q1, extended]),
            Episodes.Periods("2026-01", "2026-03", Granularity.Quarter), Breakdown.Organisme);

        // past plan: the 50-day, the 69-day and the extended one = 3 of 5 ended
        Assert.Equal([(60.0m, 5)], cells.Select(c => (c.Value!.Value, c.Population)));
    }

    [Fact]
    public void The_age_of_open_episodes_is_measured_at_the_last_day_of_the_month()
    {
        IntensiveEpisode[] episodes =
        [
            Episodes.Started("ft-75", "75", "2026-03-01", "2026-09-01"),                   // 30 days on 31 March
            Episodes.Started("ft-75", "75", "2026-01-31", "2026-07-31"),                   // 59 days
            Episodes.Ended("ft-75", "75", "2026-01-01", "2026-03-31", "ABANDON"),          // ended on the day: not open
        ];

        var cells = new OpenEpisodeAgeIndicator().Compute(Episodes.Data(episodes), Episodes.Months("2026-03", "2026-03"), Breakdown.Organisme);

        Assert.Equal([(44.5m, 2)], cells.Select(c => (c.Value!.Value, c.Population)));
    }
}
