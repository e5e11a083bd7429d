using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class BreachThresholdsTests
{
    private static readonly Guid Person = Guid.NewGuid();

    private static BreachSignal Missed(int daysAgo, bool justified = false) =>
        BreachSignal.MissedInterview(Person, "org-1", Guid.NewGuid(), Given.Now.AddDays(-daysAgo), "SUIVI", justified, Given.Now);

    private static BreachSignal Week(int weeksAgo, decimal realised, string gapReason = "NONE", decimal target = 15m)
    {
        var monday = new DateOnly(2026, 11, 16).AddDays(-7 * weeksAgo);
        return BreachSignal.ClosedWeek(Person, "org-1", $"W-{weeksAgo}", monday, target, realised, gapReason, Given.Now);
    }

    [Fact]
    public void UnjustifiedMissedInterviews_proposes_two_unjustified_misses_within_sixty_days_nationally()
    {
        var signals = new[] { Missed(50), Missed(5) };

        var evidence = BreachThresholds.National.UnjustifiedMissedInterviews(signals);

        Assert.Equal(signals.OrderBy(s => s.On), evidence);
    }

    [Fact]
    public void UnjustifiedMissedInterviews_ignores_justified_misses_and_misses_further_apart_than_the_window()
    {
        var signals = new[] { Missed(90), Missed(20, justified: true), Missed(5) };

        Assert.Empty(BreachThresholds.National.UnjustifiedMissedInterviews(signals));
    }

    [Fact]
    public void UnjustifiedMissedInterviews_does_not_count_again_a_miss_already_evidence_of_a_file()
    {
        var used = Missed(30);
        used.AttachTo(Guid.NewGuid());

        Assert.Empty(BreachThresholds.National.UnjustifiedMissedInterviews([used, Missed(5)]));
    }

    [Fact]
    public void ConsecutiveWeeksFarBelowTarget_proposes_three_consecutive_weeks_below_half_the_target_without_a_motif()
    {
        var signals = new[] { Week(2, 3m), Week(1, 0m, "UNJUSTIFIED_ABSENCE"), Week(0, 7m) };

        var evidence = BreachThresholds.National.ConsecutiveWeeksFarBelowTarget(signals);

        Assert.Equal(3, evidence.Count);
    }

    [Theory]
    [InlineData(7.5, "NONE")]          // half the target is not "far below"
    [InlineData(0, "ILLNESS")]         // a motif légitime
    [InlineData(0, "PROVIDER_CANCELLATION")]
    public void ConsecutiveWeeksFarBelowTarget_is_broken_by_a_week_at_half_target_or_with_a_legitimate_reason(double realised, string reason)
    {
        var signals = new[] { Week(2, 0m), Week(1, (decimal)realised, reason), Week(0, 0m) };

        Assert.Empty(BreachThresholds.National.ConsecutiveWeeksFarBelowTarget(signals));
    }

    [Fact]
    public void ConsecutiveWeeksFarBelowTarget_needs_weeks_that_follow_each_other()
    {
        var signals = new[] { Week(4, 0m), Week(2, 0m), Week(0, 0m) };

        Assert.Empty(BreachThresholds.National.ConsecutiveWeeksFarBelowTarget(signals));
    }

    [Fact]
    public void Tighten_lets_an_organisme_ask_for_more_evidence_never_less()
    {
        var stricter = BreachThresholds.Tighten(3, 30, 4);

        Assert.Equal(new BreachThresholds(3, 30, 4), stricter);
        Assert.Empty(stricter.UnjustifiedMissedInterviews([Missed(20), Missed(5)]));
        Assert.Equal("policy-looser-than-national", Assert.Throws<RuleViolationException>(() => BreachThresholds.Tighten(1, 60, 3)).Code);
        Assert.Equal("policy-looser-than-national", Assert.Throws<RuleViolationException>(() => BreachThresholds.Tighten(2, 90, 3)).Code);
        Assert.Equal("policy-looser-than-national", Assert.Throws<RuleViolationException>(() => BreachThresholds.Tighten(2, 60, 2)).Code);
    }
}
