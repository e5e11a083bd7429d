using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class ReferentIndicatorsTests
{
    [Fact]
    public void Portfolio_compliance_counts_the_referents_above_fifty_at_month_end_after_passations()
    {
        var ofA = Enumerable.Range(0, 52).Select(_ => Episodes.Started("ft-75", "75", "2026-01-05", "2026-12-31", referent: "ref-A")).ToArray();
        var ofB = Episodes.Started("ft-75", "75", "2026-01-05", "2026-12-31", referent: "ref-B");
        var data = new IndicatorData
        {
            Episodes = [.. ofA, ofB],
            ReferentChanges = [Passations.Of(ofA[0], "ref-A", "ref-B", "2026-03-10"), Passations.Of(ofA[1], "ref-A", "ref-B", "2026-03-31")],
        };

        var cells = new PortfolioComplianceIndicator().Compute(data, Episodes.Months("2026-02", "2026-03"), Breakdown.Organisme);

        // February: A holds 52 (> 50) of 2 référents; March: A holds 50, B 3: none above the cap
        Assert.Equal([(50.0m, 2), (0.0m, 2)], cells.Select(c => (c.Value!.Value, c.Population)));
    }

    [Fact]
    public void Referent_changes_are_counted_per_100_person_months_and_followed_by_a_passation_entretien_within_15_days()
    {
        var first = Episodes.Started("ft-75", "75", "2026-01-05", "2026-12-31");
        var second = Episodes.Started("ft-75", "75", "2026-01-05", "2026-12-31");
        var third = Episodes.Started("ft-75", "75", "2026-01-05", "2026-12-31");
        var beforeTheEpisode = Episodes.Started("ft-75", "75", "2026-03-20", "2026-12-31");
        var data = new IndicatorData
        {
            Episodes = [first, second, third, beforeTheEpisode],
            ReferentChanges =
            [
                Passations.Of(first, "ref-1", "ref-2", "2026-03-10"),
                Passations.Of(second, "ref-1", "ref-3", "2026-03-01"),
                Passations.Of(beforeTheEpisode, "ref-1", "ref-3", "2026-03-02"),   // took effect before the episode: not a change during it
            ],
            Interviews =
            [
                Interviews.Held(first, "2026-03-20", "PASSATION"),      // 10 days after: in time
                Interviews.Held(second, "2026-03-20", "PASSATION"),     // 19 days after: too late
                Interviews.Held(third, "2026-03-05", "PASSATION"),      // no passation for this one
            ],
        };
        var march = Episodes.Months("2026-03", "2026-03");

        var rate = new ReferentChangeRateIndicator().Compute(data, march, Breakdown.Organisme);
        var followed = new PassationInterviewIndicator().Compute(data, march, Breakdown.Organisme);

        // 2 changes over 4 person-months (each episode has days in March)
        Assert.Equal([(50.0m, 4)], rate.Select(c => (c.Value!.Value, c.Population)));
        Assert.Equal([(50.0m, 2)], followed.Select(c => (c.Value!.Value, c.Population)));
    }

    [Fact]
    public void The_referent_breakdown_follows_passations_and_the_cohort_breakdown_the_month_of_entry()
    {
        var moved = Episodes.Started("ft-75", "75", "2026-01-05", "2026-12-31", referent: "ref-1");
        var stayed = Episodes.Started("ft-75", "75", "2026-02-05", "2026-12-31", referent: "ref-1");
        var data = new IndicatorData { Episodes = [moved, stayed], ReferentChanges = [Passations.Of(moved, "ref-1", "ref-2", "2026-02-20")], AsOf = new DateOnly(2026, 3, 31) };
        var march = Episodes.Months("2026-03", "2026-03");

        var byReferent = new EpisodesInProgressIndicator().Compute(data, march, Breakdown.Referent);
        var byCohort = new EpisodesInProgressIndicator().Compute(data, march, Breakdown.Cohort);

        Assert.Equal([("ref-1", 1m), ("ref-2", 1m)], byReferent.Select(c => (c.Group, c.Value!.Value)));
        Assert.Equal([("2026-01", 1m), ("2026-02", 1m)], byCohort.Select(c => (c.Group, c.Value!.Value)));
    }
}
