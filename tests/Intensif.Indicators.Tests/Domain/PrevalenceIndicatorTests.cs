using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class PrevalenceIndicatorTests
{
    [Fact]
    public void Prevalence_is_the_share_of_persons_under_contract_at_month_end_who_are_in_an_intensive_episode()
    {
        Guid p1 = Guid.NewGuid(), p2 = Guid.NewGuid(), p3 = Guid.NewGuid(), p4 = Guid.NewGuid();
        var data = new IndicatorData
        {
            Episodes =
            [
                Episodes.Started("ft-75", "75", "2026-01-10", "2026-07-10", person: p1),
                Episodes.Ended("ft-75", "75", "2026-01-12", "2026-01-31", "ABANDON", person: p2),   // ended on Jan's last day: not in stock
                Episodes.Started("ft-75", "75", "2026-02-02", "2026-08-02", person: p3),
            ],
            Contracts =
            [
                Episodes.Contract("ft-75", "75", "2026-01-05", person: p1),
                Episodes.Contract("ft-75", "75", "2026-01-06", person: p2),
                Episodes.Contract("ft-75", "75", "2026-01-07", person: p3),
                Episodes.Contract("ft-75", "75", "2026-01-08", "2026-02-15", person: p4),   // closed in February
            ],
        };

        var cells = new PrevalenceIndicator().Compute(data, Episodes.Months("2026-01", "2026-02"), Breakdown.Organisme);

        // January: p1 intensive among p1..p4 under contract = 1/4; February: p1, p3 among p1..p3 = 2/3
        Assert.Equal([(25.0m, 4), (66.7m, 3)], cells.Select(c => (c.Value!.Value, c.Population)));
    }

    [Fact]
    public void Entry_rate_divides_the_entries_by_the_contracts_in_force_during_the_period()
    {
        var data = new IndicatorData
        {
            Episodes = [Episodes.Started("ft-75", "75", "2026-03-03", "2026-09-03"), Episodes.Started("ft-75", "92", "2026-03-04", "2026-09-04")],
            Contracts =
            [
                Episodes.Contract("ft-75", "75", "2026-01-01"),
                Episodes.Contract("ft-75", "75", "2026-01-01", "2026-03-01"),   // in force on 1 March: counts
                Episodes.Contract("ft-75", "75", "2026-01-01", "2026-02-28"),   // closed before March: does not
                Episodes.Contract("ft-75", "75", "2026-03-31"),
                Episodes.Contract("ft-75", "92", "2026-04-01"),                 // signed after March: does not
            ],
        };

        var cells = new EntryRateIndicator().Compute(data, Episodes.Months("2026-03", "2026-03"), Breakdown.Territory);

        // 75: 1 entry / 3 contracts; 92: 1 entry / 0 contracts → no value
        Assert.Equal([("75", 33.3m, 3), ("92", (decimal?)null, 0)], cells.Select(c => (c.Group, c.Value, c.Population)));
    }
}
