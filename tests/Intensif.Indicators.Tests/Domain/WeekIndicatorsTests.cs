using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class WeekIndicatorsTests
{
    private static ClosedWeek Week(IntensiveEpisode episode, string isoWeek, string monday, decimal target, decimal accompanied, decimal autonomous)
    {
        var week = ClosedWeek.Known(episode.EpisodeId, isoWeek, episode.OrganismeId, episode.Territory, episode.PseudonymousBeneficiaryId);
        week.ApplyClosed(DateOnly.Parse(monday), target, accompanied + autonomous, accompanied, autonomous, "NONE", DateTimeOffset.UtcNow);
        return week;
    }

    private static IndicatorData Scenario()
    {
        var a = Episodes.Started("ft-75", "75", "2026-01-05", "2026-07-05");
        var b = Episodes.Started("ft-75", "75", "2026-01-05", "2026-07-05");
        return new IndicatorData
        {
            Episodes = [a, b],
            WeekMonths = WeekMonth.Sum(
            [
                Week(a, "2026-W10", "2026-03-02", 15m, 10m, 6m),    // 16 h, target reached
                Week(a, "2026-W14", "2026-03-30", 15m, 5m, 5m),     // Thursday 2 April: an April week
                Week(b, "2026-W10", "2026-03-02", 15m, 4m, 8m),     // 12 h, under target
                Week(b, "2026-W09", "2026-02-23", 20m, 8m, 12m),    // Thursday 26 February: a February week; 20 h, reached
            ]),
        };
    }

    [Fact]
    public void Intensity_is_the_mean_of_realised_hours_over_the_weeks_whose_Thursday_is_in_the_month()
    {
        var cells = new IntensityIndicator().Compute(Scenario(), Episodes.Months("2026-02", "2026-04"), Breakdown.Organisme);

        Assert.Equal([(20.0m, 1), (14.0m, 2), (10.0m, 1)], cells.Select(c => (c.Value!.Value, c.Population)));
    }

    [Fact]
    public void Target_attainment_is_the_share_of_weeks_whose_realised_hours_reach_the_target()
    {
        var cells = new TargetAttainmentIndicator().Compute(Scenario(), Episodes.Months("2026-03", "2026-03"), Breakdown.Organisme);

        Assert.Equal([50.0m], cells.Select(c => c.Value!.Value));
    }

    [Fact]
    public void The_accompanied_share_divides_accompanied_hours_by_realised_hours()
    {
        var cells = new AccompaniedShareIndicator().Compute(Scenario(), Episodes.Months("2026-03", "2026-03"), Breakdown.Organisme);

        // (10 + 4) / (16 + 12) = 50 %
        Assert.Equal([50.0m], cells.Select(c => c.Value!.Value));
    }
}
