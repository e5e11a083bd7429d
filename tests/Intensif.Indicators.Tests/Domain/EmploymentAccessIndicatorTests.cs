using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class EmploymentAccessIndicatorTests
{
    private static EmploymentOutcome Outcome(IntensiveEpisode episode, string kind, string start, int? months, bool durable)
    {
        var outcome = EmploymentOutcome.Known(Guid.NewGuid(), episode.OrganismeId, episode.Territory, episode.PseudonymousBeneficiaryId);
        outcome.ApplyRecorded(episode.EpisodeId, kind, DateOnly.Parse(start), months, durable, DateTimeOffset.Parse("2026-08-01T10:00:00Z"));
        return outcome;
    }

    private static (IndicatorData Data, IReadOnlyList<ReportingPeriod> Months) Cohorts()
    {
        var a = Episodes.Started("ft-75", "75", "2026-01-10", "2026-07-10");
        var b = Episodes.Started("ft-75", "75", "2026-01-15", "2026-07-15");
        var c = Episodes.Ended("ft-75", "75", "2026-01-20", "2026-02-28", "CREATION_ACTIVITE");
        var d = Episodes.Started("ft-75", "75", "2026-01-25", "2026-07-25");
        var f = Episodes.Started("ft-75", "75", "2026-02-03", "2026-08-03");
        var g = Episodes.Started("ft-75", "75", "2026-02-10", "2026-08-10");
        var data = new IndicatorData
        {
            Episodes = [a, b, c, d, f, g],
            EmploymentOutcomes =
            [
                Outcome(a, "CDD", "2026-07-10", 2, durable: false),          // six months to the day: in the window
                Outcome(b, "INTERIM", "2026-02-01", null, durable: false),    // length unknown: does not count
                Outcome(b, "CDI", "2026-07-16", null, durable: true),         // one day after the window
                Outcome(c, "CREATION_ACTIVITE", "2026-03-01", null, durable: true),
                Outcome(d, "CDI", "2026-01-02", null, durable: true),         // before the entry
                Outcome(f, "CDD", "2026-02-20", 1, durable: false),
            ],
        };
        return (data, Episodes.Months("2026-01", "2026-02"));
    }

    [Fact]
    public void Access_to_employment_counts_the_cohorts_persons_with_an_outcome_of_a_month_or_more_starting_within_six_months_of_entry()
    {
        var (data, months) = Cohorts();

        var cells = new EmploymentAccessIndicator().Compute(data, months, Breakdown.Organisme);

        // January cohort: a (CDD 2 months at M+6) and c (creation) among a, b, c, d; February: f among f, g
        Assert.Equal([("2026-01", 50.0m, 4), ("2026-02", 50.0m, 2)], cells.Select(c => (c.Period.ToString(), c.Value!.Value, c.Population)));
    }

    [Fact]
    public void The_durable_variant_counts_durable_outcomes_only()
    {
        var (data, months) = Cohorts();

        var cells = new DurableEmploymentAccessIndicator().Compute(data, months, Breakdown.Organisme);

        Assert.Equal([("2026-01", 25.0m, 4), ("2026-02", 0.0m, 2)], cells.Select(c => (c.Period.ToString(), c.Value!.Value, c.Population)));
    }

    [Fact]
    public void At_twelve_months_an_outcome_after_the_six_month_window_counts_too()
    {
        var (data, months) = Cohorts();

        var cells = new EmploymentAccessAtTwelveMonthsIndicator().Compute(data, months, Breakdown.Organisme);

        // January: b's CDI, one day after six months, now counts with a and c
        Assert.Equal([("2026-01", 75.0m, 4), ("2026-02", 50.0m, 2)], cells.Select(c => (c.Period.ToString(), c.Value!.Value, c.Population)));
    }

    [Fact]
    public void A_seven_month_window_setting_counts_the_outcome_one_day_after_six_months_under_a_version_of_its_own()
    {
        var (data, months) = Cohorts();
        var configured = IndicatorCatalogue.With(employmentOutcomeWindowMonths: 7, earlyWorkWeeks: EarlyWorkSituationIndicator.DefaultWeeks);
        var access = configured.Single(i => i.Definition.Code == "I4_EMPLOYMENT_ACCESS");
        var durable = configured.Single(i => i.Definition.Code == "I4_DURABLE_EMPLOYMENT_ACCESS");

        var cells = access.Compute(data, months, Breakdown.Organisme);
        var durableCells = durable.Compute(data, months, Breakdown.Organisme);

        // January: b's CDI on 16 July (six months and a day after 15 January) counts with a and c; durable: b and c
        Assert.Equal([("2026-01", 75.0m, 4), ("2026-02", 50.0m, 2)], cells.Select(c => (c.Period.ToString(), c.Value!.Value, c.Population)));
        Assert.Equal([("2026-01", 50.0m, 4), ("2026-02", 0.0m, 2)], durableCells.Select(c => (c.Period.ToString(), c.Value!.Value, c.Population)));
        Assert.Equal((1007, 1007), (access.Definition.Version, durable.Definition.Version));
        Assert.Contains("at most 7 calendar months", access.Definition.Numerator);
        Assert.Equal(1, IndicatorCatalogue.Find("I4_EMPLOYMENT_ACCESS")!.Definition.Version);
    }

    [Fact]
    public void A_correction_recorded_earlier_arriving_after_a_newer_one_changes_nothing()
    {
        var outcome = EmploymentOutcome.Known(Guid.NewGuid(), "ft-75", "75", Guid.NewGuid());
        outcome.ApplyRecorded(null, "CDD", DateOnly.Parse("2026-03-01"), 3, false, DateTimeOffset.Parse("2026-03-02T10:00:00Z"));

        outcome.ApplyRecorded(null, "INTERIM", DateOnly.Parse("2026-03-01"), null, false, DateTimeOffset.Parse("2026-03-01T10:00:00Z"));

        Assert.Equal(("CDD", 3, true), (outcome.ContractKind, outcome.DurationMonths, outcome.CountsAsEmployment));
    }
}
