using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Tests.Domain;

/// <summary>ISO 8601 weeks in Europe/Paris.</summary>
public sealed class IsoWeekTests
{
    [Fact]
    public void A_week_runs_from_Monday_midnight_Paris_to_the_next_Monday()
    {
        Assert.True(IsoWeek.TryParse("2026-W48", out var week));

        Assert.Equal(new DateOnly(2026, 11, 23), week.Monday);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 23, 0, 0, TimeSpan.Zero), week.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.Zero), week.End);
    }

    [Fact]
    public void Sunday_late_evening_in_Paris_belongs_to_the_week_it_ends_even_when_UTC_is_already_Monday_elsewhere()
    {
        var sundayNightParis = new DateTimeOffset(2026, 11, 29, 22, 30, 0, TimeSpan.Zero); // 23:30 Paris, Sunday
        var mondayParis = new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero);       // 00:30 Paris, Monday

        Assert.Equal("2026-W48", IsoWeek.Of(sundayNightParis).ToString());
        Assert.Equal("2026-W49", IsoWeek.Of(mondayParis).ToString());
    }

    [Fact]
    public void The_first_days_of_January_can_belong_to_the_last_week_of_the_previous_year()
    {
        Assert.Equal("2026-W53", IsoWeek.Of(new DateOnly(2027, 1, 2)).ToString());
    }

    [Theory]
    [InlineData("2026-48")]
    [InlineData("2026-W00")]
    [InlineData("2025-W53")]
    [InlineData("2026-w48")]
    [InlineData("")]
    [InlineData(null)]
    public void A_week_that_is_malformed_or_does_not_exist_is_refused(string? text)
    {
        Assert.False(IsoWeek.TryParse(text, out _));
    }
}
