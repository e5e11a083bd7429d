using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class EmploymentExitRateIndicatorTests
{
    [Fact]
    public void Exits_to_employment_or_creation_are_divided_by_all_exits_of_the_quarter()
    {
        IntensiveEpisode[] episodes =
        [
            Episodes.Ended("ft-75", "75", "2026-01-01", "2026-01-15", "EMPLOI_DURABLE"),
            Episodes.Ended("ft-75", "75", "2026-01-01", "2026-02-15", "EMPLOI_TEMPORAIRE"),
            Episodes.Ended("ft-75", "75", "2026-01-01", "2026-03-15", "CREATION_ACTIVITE"),
            Episodes.Ended("ft-75", "75", "2026-01-01", "2026-03-16", "FORMATION_QUALIFIANTE"),
            Episodes.Ended("ft-75", "75", "2026-01-01", "2026-04-16", "EMPLOI_DURABLE"),   // next quarter
        ];

        var cells = new EmploymentExitRateIndicator().Compute(Episodes.Data(episodes), Episodes.Periods("2026-01", "2026-03", Granularity.Quarter), Breakdown.Organisme);

        Assert.Equal([("2026-Q1", 75.0m, 4)], cells.Select(c => (c.Period.ToString(), c.Value!.Value, c.Population)));
    }
}
