using Intensif.ServiceDefaults.Time;
using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Tests.Domain;

/// <summary>SR-02: at least two held entretiens per calendar month (Europe/Paris), pro-rated for partial months.</summary>
public sealed class InterviewComplianceTests
{
    private static readonly CalendarMonth November = new(2026, 11);

    [Fact]
    public void SR02_two_held_interviews_in_a_full_month_comply()
    {
        var result = InterviewCompliance.Assess(November, November.Days,
            [Interviews.Held(Paris(2026, 11, 3, 10)), Interviews.Held(Paris(2026, 11, 17, 14))]);

        Assert.Equal(new MonthlyCompliance(2, 2), result);
        Assert.True(result.Compliant);
    }

    [Fact]
    public void SR02_one_held_interview_in_a_full_month_does_not_comply()
    {
        var result = InterviewCompliance.Assess(November, November.Days, [Interviews.Held(Paris(2026, 11, 3, 10))]);

        Assert.Equal(new MonthlyCompliance(1, 2), result);
        Assert.False(result.Compliant);
    }

    [Fact]
    public void SR02_no_shows_and_cancelled_interviews_do_not_count()
    {
        var cancelled = Interviews.At(Paris(2026, 11, 20, 9));
        cancelled.Cancel(Paris(2026, 11, 13, 9));

        var result = InterviewCompliance.Assess(November, November.Days,
        [
            Interviews.Held(Paris(2026, 11, 3, 10)),
            Interviews.With(Interviews.At(Paris(2026, 11, 10, 10)), InterviewOutcome.NO_SHOW_JUSTIFIED),
            Interviews.With(Interviews.At(Paris(2026, 11, 12, 10)), InterviewOutcome.NO_SHOW_UNJUSTIFIED),
            cancelled,
            Interviews.At(Paris(2026, 11, 25, 10)),
        ]);

        Assert.Equal(1, result.Held);
        Assert.False(result.Compliant);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(14, 1)]
    [InlineData(15, 2)]
    [InlineData(30, 2)]
    public void SR02_pro_rating_requires_one_interview_below_15_active_days_and_two_from_15(int activeDays, int required) =>
        Assert.Equal(required, InterviewCompliance.Assess(November, activeDays, []).Required);

    [Fact]
    public void SR02_a_partial_month_of_fewer_than_15_days_is_met_by_one_held_interview() =>
        Assert.True(InterviewCompliance.Assess(November, 10, [Interviews.Held(Paris(2026, 11, 25, 10))]).Compliant);

    [Fact]
    public void SR02_months_are_Paris_calendar_months_not_UTC_ones()
    {
        // 31 October 23:30 UTC is 1 November 00:30 in Paris; 30 November 23:30 Paris is 22:30 UTC the same day
        var result = InterviewCompliance.Assess(November, November.Days,
        [
            Interviews.Held(new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.Zero)),
            Interviews.Held(new DateTimeOffset(2026, 11, 30, 22, 30, 0, TimeSpan.Zero)),
            Interviews.Held(new DateTimeOffset(2026, 10, 31, 22, 30, 0, TimeSpan.Zero)),   // 31 October 23:30 Paris
        ]);

        Assert.Equal(2, result.Held);
    }

    [Theory]
    [InlineData("2026-11", true)]
    [InlineData("2026-13", false)]
    [InlineData("11-2026", false)]
    [InlineData("", false)]
    public void A_month_is_written_yyyy_MM(string text, bool valid) => Assert.Equal(valid, CalendarMonth.TryParse(text, out _));

    private static DateTimeOffset Paris(int year, int month, int day, int hour) => ParisTime.FromParis(new DateTime(year, month, day, hour, 0, 0));
}
