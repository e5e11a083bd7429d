using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

/// <summary>
/// Hand-computed scenario, March 2026, every hour of EMP-A at 30 €/h. Partner 1 has two conventions, CD75 from 1 January
/// to 15 March and FSE+ from 10 March to 30 June (both in force 10–15 March); partner 2's only convention ended in
/// 2025; partner 3's conventions are not known. Partner 1: 3 h on 3 March (CD75, 90 €), 2 h on 12 March (split: 1 h
/// and 30 € each), 4 h on 20 March (FSE+, 120 €); partner 2: 1 h on 5 March (no convention, 30 €); partner 3: 2 h on
/// 6 March (unknown, 60 €); an autonomous AUTO-C activity without partner or cost, 1.5 h on 7 March.
/// </summary>
public sealed class ConventionCostingTests
{
    private static readonly Guid Partner1 = Guid.NewGuid(), Partner2 = Guid.NewGuid(), Partner3 = Guid.NewGuid();
    private static readonly IntensiveEpisode Episode = IntensiveEpisode.Known(Guid.NewGuid(), Guid.NewGuid(), "ft-75", "75", Guid.NewGuid());

    private static ActivityAssignment Done(string code, Guid? structure, string start, decimal hours)
    {
        var assignment = ActivityAssignment.Known(Guid.NewGuid(), "ft-75", Episode.EpisodeId, code, structure is null ? null : Guid.NewGuid());
        assignment.ApplyBooked(structure, DateTimeOffset.Parse(start));
        assignment.ApplyAttendance("DONE", hours, DateTimeOffset.UtcNow);
        return assignment;
    }

    private static StructureConventions Conventions(Guid structure, params ConventionTerm[] terms)
    {
        var conventions = StructureConventions.Known(structure);
        conventions.Apply(terms, DateTimeOffset.Parse("2026-02-01T10:00:00Z"));
        return conventions;
    }

    private static Dictionary<string, CostRow> Rows()
    {
        var cost = ActivityCost.Known("EMP-A");
        cost.Apply(1, DateTimeOffset.UtcNow, [new HourlyCostPeriod(30m, new DateOnly(2026, 1, 1), null)], ["CATALOGUE-FUNDER"]);
        var partner1 = Conventions(Partner1, new ConventionTerm("CD75", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 15), 20),
            new ConventionTerm("FSE+", new DateOnly(2026, 3, 10), new DateOnly(2026, 6, 30), 10));
        partner1.Apply([new ConventionTerm("OLD", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 5)], DateTimeOffset.Parse("2026-01-15T10:00:00Z"));   // older list, late
        var partner2 = Conventions(Partner2, new ConventionTerm("CD75", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 8));
        ActivityAssignment[] assignments =
        [
            Done("EMP-A", Partner1, "2026-03-03T10:00:00+01:00", 3m),
            Done("EMP-A", Partner1, "2026-03-12T10:00:00+01:00", 2m),
            Done("EMP-A", Partner1, "2026-03-20T10:00:00+01:00", 4m),
            Done("EMP-A", Partner2, "2026-03-05T10:00:00+01:00", 1m),
            Done("EMP-A", Partner3, "2026-03-06T10:00:00+01:00", 2m),
            Done("AUTO-C", null, "2026-03-07T10:00:00+01:00", 1.5m),
        ];
        return Costing.Compute(assignments, [cost], [], [Episode], new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), "convention", [partner1, partner2])
            .ToDictionary(r => r.Key);
    }

    [Fact]
    public void Costing_by_convention_gives_a_partner_s_hours_to_the_conventions_in_force_on_their_day_and_the_rest_apart()
    {
        var rows = Rows();

        Assert.Equal(new CostRow("CD75", 4m, 4m, 0m, 120m), rows["CD75"]);                  // 3 h on 3 March + half of 12 March
        Assert.Equal(new CostRow("FSE+", 5m, 5m, 0m, 150m), rows["FSE+"]);                  // half of 12 March + 4 h on 20 March
        Assert.Equal(new CostRow("NO_CONVENTION", 1m, 1m, 0m, 30m), rows["NO_CONVENTION"]);  // partner 2's convention ended in 2025
        Assert.Equal(new CostRow("UNKNOWN", 2m, 2m, 0m, 60m), rows["UNKNOWN"]);              // partner 3's conventions never arrived
        Assert.Equal(new CostRow("NONE", 1.5m, 0m, 1.5m, 0m), rows["NONE"]);                 // no partner, no cost
        Assert.Equal(5, rows.Count);                                                         // the late older list (OLD) changed nothing
        Assert.Equal(new CostRow("TOTAL", 13.5m, 12m, 1.5m, 360m), Costing.Total([.. rows.Values]));
    }
}
