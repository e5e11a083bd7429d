using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

/// <summary>
/// Hand-computed scenario, March–April 2026: EMP-A costs 30 €/h until 15 March and 40 €/h from 16 March, funded by CD75
/// and FSE+; SOC-B costs 20 €/h from 1 April only, funded by CD75; AUTO-C has no known cost or funder.
/// Person 1 does EMP-A 3 h on 10 March (90 €) and 2 h on 20 March (80 €), misses one (0 h) and does 5 h in May (outside);
/// person 2 does SOC-B 4 h on 12 March (uncosted), AUTO-C 1.5 h on 2 April (uncosted) and SOC-B 2 h on 5 April (40 €).
/// </summary>
public sealed class CostingTests
{
    private static readonly (DateOnly First, DateOnly Last) MarchApril = (new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 30));
    private static readonly Guid Partner1 = Guid.NewGuid(), Partner2 = Guid.NewGuid();
    private static readonly IntensiveEpisode Episode1 = IntensiveEpisode.Known(Guid.NewGuid(), Guid.NewGuid(), "ft-75", "75", Guid.NewGuid());
    private static readonly IntensiveEpisode Episode2 = IntensiveEpisode.Known(Guid.NewGuid(), Guid.NewGuid(), "ft-75", "75", Guid.NewGuid());

    private static ActivityCost Cost(string code, string[] funding, params HourlyCostPeriod[] periods)
    {
        var cost = ActivityCost.Known(code);
        cost.Apply(1, DateTimeOffset.UtcNow, periods, funding);
        return cost;
    }

    private static ActivityAssignment Done(IntensiveEpisode episode, string code, Guid? structure, string start, decimal hours, string status = "DONE")
    {
        var assignment = ActivityAssignment.Known(Guid.NewGuid(), "ft-75", episode.EpisodeId, code, structure is null ? null : Guid.NewGuid());
        assignment.ApplyBooked(structure, DateTimeOffset.Parse(start));
        assignment.ApplyAttendance(status, hours, DateTimeOffset.UtcNow);
        return assignment;
    }

    private static Dictionary<string, CostRow> Rows(string by)
    {
        ActivityCost[] costs =
        [
            Cost("EMP-A", ["FSE+", "CD75"], new(30m, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 15)), new(40m, new DateOnly(2026, 3, 16), null)),
            Cost("SOC-B", ["CD75"], new HourlyCostPeriod(20m, new DateOnly(2026, 4, 1), null)),
        ];
        ActivityAssignment[] assignments =
        [
            Done(Episode1, "EMP-A", Partner1, "2026-03-10T10:00:00+01:00", 3m),
            Done(Episode1, "EMP-A", Partner1, "2026-03-20T10:00:00+01:00", 2m),
            Done(Episode1, "EMP-A", Partner1, "2026-03-24T10:00:00+01:00", 0m, "ABSENT_UNJUSTIFIED"),
            Done(Episode1, "EMP-A", Partner1, "2026-05-04T10:00:00+02:00", 5m),
            Done(Episode2, "SOC-B", Partner2, "2026-03-12T10:00:00+01:00", 4m),
            Done(Episode2, "AUTO-C", null, "2026-04-02T10:00:00+02:00", 1.5m),
            Done(Episode2, "SOC-B", Partner2, "2026-04-05T10:00:00+02:00", 2m),
        ];
        return Costing.Compute(assignments, costs, [], [Episode1, Episode2], MarchApril.First, MarchApril.Last, by).ToDictionary(r => r.Key);
    }

    [Fact]
    public void Costing_by_month_values_each_hour_at_the_cost_of_its_day_and_counts_hours_without_a_cost_apart()
    {
        var rows = Rows("month");

        Assert.Equal(new CostRow("2026-03", 9m, 5m, 4m, 170m), rows["2026-03"]);     // 3 × 30 + 2 × 40; SOC-B not costed before April
        Assert.Equal(new CostRow("2026-04", 3.5m, 2m, 1.5m, 40m), rows["2026-04"]);   // 2 × 20; AUTO-C has no cost
        Assert.Equal(2, rows.Count);                                                   // May is outside, the absence is 0 h
    }

    [Fact]
    public void Costing_by_funder_splits_an_activity_with_two_funders_equally_and_adds_up_to_the_total()
    {
        var rows = Rows("funder");

        Assert.Equal(new CostRow("CD75", 8.5m, 4.5m, 4m, 125m), rows["CD75"]);   // half of EMP-A (2.5 h, 85 €) + SOC-B (6 h, 40 €)
        Assert.Equal(new CostRow("FSE+", 2.5m, 2.5m, 0m, 85m), rows["FSE+"]);
        Assert.Equal(new CostRow(Costing.NoFunder, 1.5m, 0m, 1.5m, 0m), rows[Costing.NoFunder]);
        Assert.Equal(new CostRow("TOTAL", 12.5m, 7m, 5.5m, 210m), Costing.Total([.. rows.Values]));
    }

    [Fact]
    public void Costing_by_beneficiary_contract_and_partner_groups_the_same_hours_by_pseudonymous_id_contract_and_structure()
    {
        var (beneficiaries, contracts, partners) = (Rows("beneficiary"), Rows("contract"), Rows("partner"));

        Assert.Equal((5m, 170m), (beneficiaries[Episode1.PseudonymousBeneficiaryId.ToString()].RealisedHours, beneficiaries[Episode1.PseudonymousBeneficiaryId.ToString()].Cost));
        Assert.Equal(new CostRow(Episode2.ContractId.ToString(), 7.5m, 2m, 5.5m, 40m), contracts[Episode2.ContractId.ToString()]);
        Assert.Equal(new CostRow(Partner1.ToString(), 5m, 5m, 0m, 170m), partners[Partner1.ToString()]);
        Assert.Equal(new CostRow(Partner2.ToString(), 6m, 2m, 4m, 40m), partners[Partner2.ToString()]);
        Assert.Equal(new CostRow(Costing.NoPartner, 1.5m, 0m, 1.5m, 0m), partners[Costing.NoPartner]);
    }

    [Fact]
    public void An_older_catalogue_version_arriving_after_a_newer_one_changes_no_cost()
    {
        var cost = ActivityCost.Known("EMP-A");
        cost.Apply(3, DateTimeOffset.Parse("2026-03-16T00:00:00Z"), [new(40m, new DateOnly(2026, 1, 1), null)], ["CD75"]);

        cost.Apply(2, DateTimeOffset.Parse("2026-03-17T00:00:00Z"), [new(30m, new DateOnly(2026, 1, 1), null)], ["FSE+"]);

        Assert.Equal(40m, cost.HourlyCostOn(new DateOnly(2026, 3, 20)));
        Assert.Equal(["CD75"], cost.Funding);
        Assert.Null(cost.HourlyCostOn(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void A_funder_change_takes_effect_from_the_day_of_its_catalogue_event_whatever_order_the_versions_arrive_in()
    {
        var cost = ActivityCost.Known("EMP-F");
        HourlyCostPeriod[] tenEuros = [new(10m, new DateOnly(2026, 1, 1), null)];
        cost.Apply(2, DateTimeOffset.Parse("2026-03-16T08:00:00Z"), tenEuros, ["CD75"]);
        cost.Apply(1, DateTimeOffset.Parse("2026-03-01T10:00:00Z"), tenEuros, ["FSE+"]);   // the older version arrives last
        ActivityAssignment[] assignments =
        [
            Done(Episode1, "EMP-F", null, "2026-02-20T09:00:00+01:00", 2m),   // before the first known version: its funders
            Done(Episode1, "EMP-F", null, "2026-03-10T09:00:00+01:00", 2m),
            Done(Episode1, "EMP-F", null, "2026-03-20T09:00:00+01:00", 2m),
        ];

        var rows = Costing.Compute(assignments, [cost], [], [Episode1], new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31), "funder");

        Assert.Equal([new CostRow("CD75", 2m, 2m, 0m, 20m), new CostRow("FSE+", 4m, 4m, 0m, 40m)], rows);
        Assert.Equal(["CD75"], cost.Funding);   // the current list is still the newest version's
    }
}
