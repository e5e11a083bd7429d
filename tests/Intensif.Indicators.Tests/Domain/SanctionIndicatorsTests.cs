using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class SanctionIndicatorsTests
{
    private static BreachFile File(string organisme, string detected, string? decided = null, string? measure = null, string? lifted = null,
        int rate = 30, string liftReason = "CONTRACT_SIGNED", bool householdCap = false)
    {
        var file = BreachFile.Known(Guid.NewGuid(), organisme, "75", Guid.NewGuid());
        file.ApplyOpened("ASSIDUITE", DateOnly.Parse(detected));
        if (decided is not null) file.ApplyDecided(DateOnly.Parse(decided), measure!, rate, householdCap);
        if (lifted is not null) file.ApplyLifted(DateOnly.Parse(lifted), liftReason);
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

    [Fact]
    public void Decisions_are_counted_by_measure_and_rate_in_the_month_of_their_decision()
    {
        var data = new IndicatorData
        {
            Episodes = [],
            BreachFiles =
            [
                File("ft-75", "2026-03-02", "2026-03-20", "SUSPENSION", rate: 30),
                File("ft-75", "2026-03-03", "2026-03-25", "SUSPENSION", rate: 30),
                File("ft-75", "2026-03-04", "2026-04-02", "SUSPENSION", rate: 50),
                File("ft-75", "2026-03-05", "2026-04-03", "SUPPRESSION_PARTIELLE", rate: 50),
                File("ft-75", "2026-03-06"),
            ],
        };

        var cells = new SanctionsByRateIndicator().Compute(data, Episodes.Months("2026-03", "2026-04"), Breakdown.Organisme);

        Assert.Equal(
        [
            ("SUPPRESSION_PARTIELLE:50", "2026-03", 0m), ("SUPPRESSION_PARTIELLE:50", "2026-04", 1m),
            ("SUSPENSION:30", "2026-03", 2m), ("SUSPENSION:30", "2026-04", 0m),
            ("SUSPENSION:50", "2026-03", 0m), ("SUSPENSION:50", "2026-04", 1m),
        ], cells.Select(c => (c.Category!, c.Period.ToString(), c.Value!.Value)));
    }

    [Fact]
    public void Liftings_are_counted_by_reason_so_remobilisations_are_told_from_sanctions_that_ran_their_length()
    {
        var data = new IndicatorData
        {
            Episodes = [],
            BreachFiles =
            [
                File("ft-75", "2026-01-02", "2026-01-20", "SUSPENSION", lifted: "2026-03-10", liftReason: "CONTRACT_SIGNED"),
                File("ft-75", "2026-01-03", "2026-01-20", "SUSPENSION", lifted: "2026-03-12", liftReason: "COMPLIANCE"),
                File("ft-75", "2026-01-04", "2026-01-20", "SUSPENSION", lifted: "2026-03-20", liftReason: "ENDED"),
                File("ft-75", "2026-01-05", "2026-01-20", "SUSPENSION", lifted: "2026-02-20", liftReason: "CONTRACT_SIGNED"),
                File("ft-75", "2026-01-06", "2026-01-20", "SUSPENSION"),
            ],
        };

        var cells = new SanctionLiftsByReasonIndicator().Compute(data, Episodes.Months("2026-03", "2026-03"), Breakdown.Organisme);

        Assert.Equal([("COMPLIANCE", 1m), ("CONTRACT_SIGNED", 1m), ("ENDED", 1m)], cells.Select(c => (c.Category!, c.Value!.Value)));
    }

    [Fact]
    public void The_household_cap_share_divides_the_decisions_of_the_month_with_the_cap_applied_by_all_its_decisions()
    {
        var data = new IndicatorData
        {
            Episodes = [],
            BreachFiles =
            [
                File("ft-75", "2026-03-02", "2026-03-20", "SUSPENSION", householdCap: true),
                File("ft-75", "2026-03-03", "2026-03-25", "SUSPENSION"),
                File("ft-75", "2026-03-04", "2026-03-26", "SUPPRESSION_PARTIELLE"),
                File("ft-75", "2026-03-05", "2026-04-03", "SUSPENSION", householdCap: true),
                File("ft-75", "2026-03-06"),
            ],
        };

        var cells = new HouseholdCapShareIndicator().Compute(data, Episodes.Months("2026-03", "2026-04"), Breakdown.Organisme);

        // March: one capped among three decisions; April: the one decision is capped
        Assert.Equal([("2026-03", 33.3m, 3), ("2026-04", 100.0m, 1)], cells.Select(c => (c.Period.ToString(), c.Value!.Value, c.Population)));
    }

    [Fact]
    public void Decisions_and_lifts_after_remobilisation_are_rated_per_hundred_persons_in_intensive_accompaniment()
    {
        var data = new IndicatorData
        {
            Episodes =
            [
                Episodes.Started("ft-75", "75", "2026-01-05", "2026-12-31"), Episodes.Started("ft-75", "75", "2026-03-31", "2026-12-31"),
                Episodes.Ended("ft-75", "75", "2026-01-05", "2026-03-01", "ABANDON"), Episodes.Ended("ft-75", "75", "2026-01-05", "2026-02-27", "ABANDON"),
            ],
            BreachFiles =
            [
                File("ft-75", "2026-02-02", "2026-03-10", "SUSPENSION", lifted: "2026-03-20", liftReason: "COMPLIANCE"),
                File("ft-75", "2026-02-03", "2026-03-11", "SUSPENSION", lifted: "2026-03-25", liftReason: "ENDED"),
                File("ft-75", "2026-02-04", "2026-02-20", "SUSPENSION", lifted: "2026-04-01", liftReason: "CONTRACT_SIGNED"),
            ],
        };

        var cells = new SanctionRatesIndicator().Compute(data, Episodes.Months("2026-03", "2026-03"), Breakdown.Organisme);

        // three persons in intensive accompaniment in March; two decisions, one lift after remobilisation (ENDED is not one, April's is later)
        Assert.Equal([("DECIDED", 66.7m, 3), ("LIFTED_AFTER_REMOBILISATION", 33.3m, 3)], cells.Select(c => (c.Category!, c.Value!.Value, c.Population)));
    }
}
