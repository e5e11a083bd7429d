using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class ContractDelayIndicatorTests
{
    private static ContractSpell Signed(string signed, string? notified, string parcours = "EMPLOI", params string[] publics) =>
        Episodes.Contract("ft-75", "75", signed) with
        {
            OrientationNotifiedOn = notified is null ? null : DateOnly.Parse(notified), Parcours = parcours, Publics = publics,
        };

    private static IndicatorData Data() => new()
    {
        Episodes = [],
        Contracts =
        [
            Signed("2026-01-31", "2025-12-31", "EMPLOI", "RSA", "JEUNE"),   // 31 days, one calendar month to the day: in time
            Signed("2026-01-20", "2025-12-15", "EMPLOI", "RSA"),               // 36 days: late
            Signed("2026-01-10", "2026-01-02", "SOCIAL"),                      // 8 days
            Signed("2026-01-12", null),                                        // no notification date: left out
            Signed("2026-02-27", "2026-01-31"),                                // 27 days (31 January + 1 month = 28 February)
        ],
    };

    [Fact]
    public void Contract_delay_is_the_share_of_contracts_signed_within_one_calendar_month_of_the_notification()
    {
        var cells = new ContractDelayIndicator().Compute(Data(), Episodes.Months("2026-01", "2026-02"), Breakdown.Organisme);

        Assert.Equal([("2026-01", 66.7m, 3), ("2026-02", 100.0m, 1)], cells.Select(c => (c.Period.ToString(), c.Value!.Value, c.Population)));
    }

    [Fact]
    public void The_median_contract_delay_is_in_days_over_the_contracts_signed_in_the_period()
    {
        var cells = new MedianContractDelayIndicator().Compute(Data(), Episodes.Months("2026-01", "2026-02"), Breakdown.Organisme);

        Assert.Equal([("2026-01", 31m, 3), ("2026-02", 27m, 1)], cells.Select(c => (c.Period.ToString(), c.Value!.Value, c.Population)));
    }

    [Fact]
    public void By_public_a_contract_of_several_publics_counts_in_each_and_one_without_any_in_unknown()
    {
        var cells = new ContractDelayIndicator().Compute(Data(), Episodes.Months("2026-01", "2026-01"), Breakdown.Public);

        Assert.Equal([("JEUNE", 100.0m, 1), ("RSA", 50.0m, 2), ("unknown", 100.0m, 1)], cells.Select(c => (c.Group, c.Value!.Value, c.Population)));
    }
}
