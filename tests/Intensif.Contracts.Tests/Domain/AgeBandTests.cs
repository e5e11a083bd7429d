using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Tests.Domain;

public sealed class AgeBandTests
{
    [Theory]
    [InlineData("2001-11-21", "<26")]    // 24 until tomorrow
    [InlineData("2000-11-21", "<26")]    // 26 tomorrow: still 25 today
    [InlineData("2000-11-20", "26-44")]  // 26 today
    [InlineData("1981-11-21", "26-44")]  // 44 until tomorrow
    [InlineData("1981-11-20", "45-54")]  // 45 today
    [InlineData("1971-11-21", "45-54")]  // 54 until tomorrow
    [InlineData("1971-11-20", "55+")]    // 55 today
    [InlineData("1950-01-01", "55+")]
    public void AgeBand_At_counts_full_years_on_the_day(string born, string band) =>
        Assert.Equal(band, AgeBand.At(DateOnly.Parse(born), Given.Today));

    [Fact]
    public void AgeBand_At_a_birthday_on_29_February_counts_from_28_February_in_a_common_year() =>
        Assert.Equal(("<26", "26-44"), (AgeBand.At(new DateOnly(2000, 2, 29), new DateOnly(2026, 2, 27)), AgeBand.At(new DateOnly(2000, 2, 29), new DateOnly(2026, 2, 28))));

    [Fact]
    public void AgeBand_At_is_unknown_without_a_birth_date_or_with_one_after_the_day()
    {
        Assert.Null(AgeBand.At(null, Given.Today));
        Assert.Null(AgeBand.At(default(DateOnly), Given.Today));
        Assert.Null(AgeBand.At(Given.Today.AddDays(1), Given.Today));
    }
}
