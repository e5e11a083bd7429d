using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class RsaOrientationDelayIndicatorTests
{
    private static Orientation Decided(string decided, string? rsaRequest, string parcours = "EMPLOI", bool reorientation = false)
    {
        var orientation = Orientation.Known(Guid.NewGuid());
        orientation.ApplyDecided("cd-75", "75", Guid.NewGuid(), parcours, DateOnly.Parse(decided), DateOnly.Parse(decided).AddDays(2), reorientation,
            rsaRequest is null ? null : DateOnly.Parse(rsaRequest), DateTimeOffset.Parse("2026-01-01T10:00:00Z"));
        return orientation;
    }

    private static IndicatorData Data() => new()
    {
        Episodes = [],
        Orientations =
        [
            Decided("2026-01-12", "2025-12-01"),                          // 42 days: in time
            Decided("2026-01-05", "2025-11-20"),                          // 46 days: late
            Decided("2026-01-07", null),                                  // no RSA request: left out
            Decided("2026-01-09", "2025-12-20", reorientation: true),     // réorientation: left out
            Decided("2026-01-30", "2026-01-02", "SOCIAL"),                // 28 days
        ],
    };

    [Fact]
    public void Rsa_orientation_delay_is_the_share_of_first_rsa_orientations_decided_within_six_weeks_of_the_request()
    {
        var cells = new RsaOrientationDelayIndicator().Compute(Data(), Episodes.Months("2026-01", "2026-01"), Breakdown.Organisme);

        Assert.Equal([("cd-75", 66.7m, 3)], cells.Select(c => (c.Group, c.Value!.Value, c.Population)));
    }

    [Fact]
    public void Rsa_orientation_delay_is_broken_down_by_the_parcours_decided()
    {
        var cells = new RsaOrientationDelayIndicator().Compute(Data(), Episodes.Months("2026-01", "2026-01"), Breakdown.Parcours);

        Assert.Equal([("EMPLOI", 50.0m, 2), ("SOCIAL", 100.0m, 1)], cells.Select(c => (c.Group, c.Value!.Value, c.Population)));
    }
}
