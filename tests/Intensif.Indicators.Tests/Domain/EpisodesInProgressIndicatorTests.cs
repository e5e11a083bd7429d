using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class EpisodesInProgressIndicatorTests
{
    [Fact]
    public void In_progress_is_the_stock_at_the_last_day_of_each_month()
    {
        IntensiveEpisode[] episodes =
        [
            Episodes.Started("ft-75", "75", "2026-01-10", "2026-07-10"),                      // open: Jan, Feb, Mar
            Episodes.Ended("ft-75", "75", "2026-01-15", "2026-02-28", "EMPLOI_DURABLE"),      // ended on Feb's last day: Jan only
            Episodes.Ended("ft-75", "75", "2026-02-03", "2026-03-10", "REORIENTATION"),       // Feb only
            Episodes.Started("ft-75", "75", "2026-03-31", "2026-09-30"),                      // started on Mar's last day: Mar
        ];

        var cells = new EpisodesInProgressIndicator().Compute(Episodes.Data(episodes), Episodes.Months("2026-01", "2026-03"), Breakdown.Organisme);

        Assert.Equal([2m, 2m, 2m], cells.Select(c => c.Value!.Value));
    }
}
