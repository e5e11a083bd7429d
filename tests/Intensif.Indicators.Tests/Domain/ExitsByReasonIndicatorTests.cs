using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class ExitsByReasonIndicatorTests
{
    [Fact]
    public void Exits_are_counted_per_exit_type_in_the_month_of_the_exit()
    {
        IntensiveEpisode[] episodes =
        [
            Episodes.Ended("ft-75", "75", "2026-01-01", "2026-04-11", "EMPLOI_DURABLE"),
            Episodes.Ended("ft-75", "75", "2026-01-02", "2026-04-12", "EMPLOI_DURABLE"),
            Episodes.Ended("ft-75", "75", "2026-01-03", "2026-04-13", "ABANDON"),
            Episodes.Ended("ft-75", "75", "2026-01-04", "2026-05-02", "ABANDON"),
            Episodes.Started("ft-75", "75", "2026-01-05", "2026-06-05"),
        ];

        var cells = new ExitsByReasonIndicator().Compute(Episodes.Data(episodes), Episodes.Months("2026-04", "2026-05"), Breakdown.Territory);

        Assert.Equal(
            [("ABANDON", "2026-04", 1m), ("ABANDON", "2026-05", 1m), ("EMPLOI_DURABLE", "2026-04", 2m), ("EMPLOI_DURABLE", "2026-05", 0m)],
            cells.Select(c => (c.Category!, c.Period.ToString(), c.Value!.Value)));
    }
}
