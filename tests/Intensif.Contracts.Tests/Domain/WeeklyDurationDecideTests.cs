using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class WeeklyDurationDecideTests
{
    private static readonly LocalPolicy National = LocalPolicy.National;

    [Fact]
    public void WeeklyDuration_Decide_STANDARD_is_the_15_hour_target_by_default()
    {
        var duration = WeeklyDuration.Decide(WeeklyDurationRegime.STANDARD, null, null, false, National);
        Assert.Equal(15m, duration.TargetHours);
        Assert.Equal(20m, WeeklyDuration.Standard(LocalPolicy.Tighten(50, 1, 12, 20m)).TargetHours);
    }

    [Fact]
    public void WeeklyDuration_Decide_STANDARD_with_other_hours_is_inconsistent()
    {
        var refused = Assert.Throws<RuleViolationException>(() => WeeklyDuration.Decide(WeeklyDurationRegime.STANDARD, 10m, null, false, National));
        Assert.Equal("weekly-hours-inconsistent-with-regime", refused.Code);
    }

    [Theory]
    [InlineData(WeeklyDurationRegime.ADJUSTED_DOWN, 8)]
    [InlineData(WeeklyDurationRegime.ADJUSTED_UP, 20)]
    [InlineData(WeeklyDurationRegime.EXEMPT, 0)]
    public void WeeklyDuration_Decide_an_adjusted_or_exempt_regime_needs_a_justification(WeeklyDurationRegime regime, decimal hours)
    {
        var refused = Assert.Throws<RuleViolationException>(() => WeeklyDuration.Decide(regime, hours, "  ", true, National));
        Assert.Equal("justification-required", refused.Code);
    }

    [Fact]
    public void WeeklyDuration_Decide_ADJUSTED_DOWN_lowers_the_target_with_a_justification()
    {
        var duration = WeeklyDuration.Decide(WeeklyDurationRegime.ADJUSTED_DOWN, 8m, "Soins réguliers", false, National);
        Assert.Equal((WeeklyDurationRegime.ADJUSTED_DOWN, 8m, "Soins réguliers"), (duration.Regime, duration.TargetHours, duration.Justification));
    }

    [Theory]
    [InlineData(WeeklyDurationRegime.ADJUSTED_DOWN, 15)]
    [InlineData(WeeklyDurationRegime.ADJUSTED_DOWN, 0)]
    [InlineData(WeeklyDurationRegime.ADJUSTED_UP, 15)]
    [InlineData(WeeklyDurationRegime.ADJUSTED_UP, 36)]
    public void WeeklyDuration_Decide_adjusted_hours_must_move_the_right_way_and_stay_within_35_hours(WeeklyDurationRegime regime, decimal hours)
    {
        var refused = Assert.Throws<RuleViolationException>(() => WeeklyDuration.Decide(regime, hours, "Raison", false, National));
        Assert.Equal("weekly-hours-inconsistent-with-regime", refused.Code);
    }

    [Fact]
    public void WeeklyDuration_Decide_EXEMPT_only_at_the_beneficiarys_request()
    {
        var refused = Assert.Throws<RuleViolationException>(() => WeeklyDuration.Decide(WeeklyDurationRegime.EXEMPT, 0m, "Invalidité", false, National));
        Assert.Equal("exemption-requires-beneficiary-request", refused.Code);
        var exempt = WeeklyDuration.Decide(WeeklyDurationRegime.EXEMPT, null, "Invalidité", true, National);
        Assert.Equal(0m, exempt.TargetHours);
    }
}
