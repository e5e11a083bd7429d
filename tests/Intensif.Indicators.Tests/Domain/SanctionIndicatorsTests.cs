using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class SanctionIndicatorsTests
{
    private static BreachFile File(string organisme, string detected, string? decided = null, string? measure = null, string? lifted = null)
    {
        var file = BreachFile.Known(Guid.NewGuid(), organisme, "75", Guid.NewGuid());
        file.ApplyOpened("ASSIDUITE", DateOnly.Parse(detected));
        if (decided is not null) file.ApplyDecided(DateOnly.Parse(decided), measure!, 30);
        if (lifted is not null) file.ApplyLifted(DateOnly.Parse(lifted), "CONTRACT_SIGNED");
        return file;
    }

    [Fact]
    public void Sanction_activity_counts_files_opened_decisions_by_measure_and_liftings_in_the_month_of_each()
    {
        var data = new IndicatorData
        {
            Episodes = [],
            BreachFiles =
            [
                File("ft-75", "2026-03-02", "2026-03-20", "SUSPENSION", lifted: "2026-04-10"),
                File("ft-75", "2026-03-05", "2026-04-02", "SUPPRESSION_PARTIELLE"),
                File("ft-75", "2026-04-01"),
            ],
        };

        var cells = new SanctionActivityIndicator().Compute(data, Episodes.Months("2026-03", "2026-04"), Breakdown.Organisme);

        Assert.Equal(
        [
            ("DECIDED_SUPPRESSION_PARTIELLE", "2026-03", 0m), ("DECIDED_SUPPRESSION_PARTIELLE", "2026-04", 1m),
            ("DECIDED_SUSPENSION", "2026-03", 1m), ("DECIDED_SUSPENSION", "2026-04", 0m),
            ("LIFTED", "2026-03", 0m), ("LIFTED", "2026-04", 1m),
            ("OPENED", "2026-03", 2m), ("OPENED", "2026-04", 1m),
        ], cells.Select(c => (c.Category!, c.Period.ToString(), c.Value!.Value)));
    }

    [Fact]
    public void The_breach_rate_divides_the_files_opened_by_the_persons_in_intensive_accompaniment_during_the_month()
    {
        var data = new IndicatorData
        {
            Episodes =
            [
                Episodes.Started("ft-75", "75", "2026-01-05", "2026-12-31"), Episodes.Started("ft-75", "75", "2026-03-31", "2026-12-31"),
                Episodes.Ended("ft-75", "75", "2026-01-05", "2026-03-01", "ABANDON"), Episodes.Ended("ft-75", "75", "2026-01-05", "2026-02-27", "ABANDON"),
            ],
            BreachFiles = [File("ft-75", "2026-03-02")],
        };

        var cells = new BreachRateIndicator().Compute(data, Episodes.Months("2026-03", "2026-03"), Breakdown.Organisme);

        // three persons have at least one day in March (the one ended on 27 February does not): 100 × 1 / 3
        Assert.Equal([(33.3m, 3)], cells.Select(c => (c.Value!.Value, c.Population)));
    }
}
