using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

/// <summary>The sex and qpv breakdowns of the contract indicators (I1, I1b, O2): a contract's group is the person's at signature.</summary>
public sealed class ContractSexAndQpvBreakdownTests
{
    private static IntensiveEpisode Episode(string start, string? sex, bool? qpv, Guid? person = null)
    {
        var episode = Episodes.Started("ft-75", "75", start, "2026-09-01", person: person);
        episode.ApplyProfile("EMPLOI", ["RSA"], "26-44", sex, qpv);
        return episode;
    }

    private static ContractSpell Contract(string signed, string? sex, bool? qpv, string? closed = null, Guid? person = null, string? notified = null) =>
        Episodes.Contract("ft-75", "75", signed, closed, person) with
        {
            Sex = sex, Qpv = qpv, OrientationNotifiedOn = notified is null ? null : DateOnly.Parse(notified),
        };

    [Fact]
    public void Prevalence_by_sex_reads_the_episodes_sex_over_the_contracts_sex()
    {
        Guid p1 = Guid.NewGuid(), p2 = Guid.NewGuid(), p3 = Guid.NewGuid(), p4 = Guid.NewGuid(), p5 = Guid.NewGuid();
        var data = new IndicatorData
        {
            Episodes = [Episode("2026-03-02", "F", true, p1), Episode("2026-03-03", "M", false, p3)],
            Contracts =
            [
                Contract("2026-01-05", "F", true, person: p1),
                Contract("2026-01-05", "F", false, person: p2),
                Contract("2026-01-05", "M", false, person: p3),
                Contract("2026-01-05", null, null, person: p4),
                Contract("2026-01-05", "M", true, "2026-02-20", person: p5),   // closed before March's last day
            ],
        };

        var cells = new PrevalenceIndicator().Compute(data, Episodes.Months("2026-03", "2026-03"), Breakdown.Sex);

        // F: p1 intensive among p1, p2; M: p3 among p3; unknown: nobody among p4
        Assert.Equal([("F", 50.0m, 2), ("M", 100.0m, 1), ("unknown", 0.0m, 1)], cells.Select(c => (c.Group, c.Value!.Value, c.Population)));
    }

    [Fact]
    public void Entry_rate_by_QPV_divides_each_groups_entries_by_its_contracts_in_force()
    {
        var data = new IndicatorData
        {
            Episodes = [Episode("2026-03-02", "F", true), Episode("2026-03-03", "F", false), Episode("2026-03-04", "M", null)],
            Contracts =
            [
                Contract("2026-01-05", "F", true),
                Contract("2026-03-20", "M", true),
                Contract("2026-01-05", "M", false),
                Contract("2026-01-05", "F", false, "2026-02-27"),   // closed before March: not counted
            ],
        };

        var cells = new EntryRateIndicator().Compute(data, Episodes.Months("2026-03", "2026-03"), Breakdown.Qpv);

        // no: 1 entry / 1 contract; unknown: 1 entry / no contract → no value; yes: 1 entry / 2 contracts
        Assert.Equal([("no", 100.0m, 1), ("unknown", (decimal?)null, 0), ("yes", 50.0m, 2)], cells.Select(c => (c.Group, c.Value, c.Population)));
    }

    private static IndicatorData Signatures() => new()
    {
        Episodes = [],
        Contracts =
        [
            Contract("2026-01-20", "F", true, notified: "2025-12-15"),    // 36 days: late
            Contract("2026-01-10", "F", false, notified: "2026-01-02"),   // 8 days
            Contract("2026-01-31", "M", true, notified: "2025-12-31"),    // 31 days, one calendar month to the day: in time
            Contract("2026-01-12", null, null, notified: "2026-01-05"),   // 7 days
            Contract("2026-01-15", "M", false),                           // no notification date: left out
        ],
    };

    [Fact]
    public void Contract_delay_by_sex_puts_each_contract_in_the_group_of_the_person_at_signature()
    {
        var cells = new ContractDelayIndicator().Compute(Signatures(), Episodes.Months("2026-01", "2026-01"), Breakdown.Sex);

        Assert.Equal([("F", 50.0m, 2), ("M", 100.0m, 1), ("unknown", 100.0m, 1)], cells.Select(c => (c.Group, c.Value!.Value, c.Population)));
    }

    [Fact]
    public void The_median_contract_delay_by_QPV_is_taken_within_each_group()
    {
        var cells = new MedianContractDelayIndicator().Compute(Signatures(), Episodes.Months("2026-01", "2026-01"), Breakdown.Qpv);

        // no: 8; unknown: 7; yes: 36 and 31 → 33.5
        Assert.Equal([("no", 8m, 1), ("unknown", 7m, 1), ("yes", 33.5m, 2)], cells.Select(c => (c.Group, c.Value!.Value, c.Population)));
    }
}
