using System.Globalization;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// A reporting period: a calendar month ("2026-03") or a quarter ("2026-Q1"), both included from its first to its last
/// day. Stocks are taken at <see cref="LastDay"/>; flows count what happened between the two.
/// </summary>
public sealed record ReportingPeriod(DateOnly FirstDay, DateOnly LastDay, string Label)
{
    public static ReportingPeriod Month(int year, int month) => new(new DateOnly(year, month, 1),
        new DateOnly(year, month, 1).AddMonths(1).AddDays(-1), $"{year:D4}-{month:D2}");

    public static ReportingPeriod Quarter(int year, int quarter) => new(new DateOnly(year, 3 * quarter - 2, 1),
        new DateOnly(year, 3 * quarter - 2, 1).AddMonths(3).AddDays(-1), $"{year:D4}-Q{quarter}");

    public static ReportingPeriod MonthOf(DateOnly day) => Month(day.Year, day.Month);

    public static ReportingPeriod QuarterOf(DateOnly day) => Quarter(day.Year, (day.Month + 2) / 3);

    public bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;

    /// <summary>The calendar months of the period (one for a month, three for a quarter).</summary>
    public IReadOnlyList<ReportingPeriod> Months()
    {
        var months = new List<ReportingPeriod>();
        for (var day = FirstDay; day <= LastDay; day = day.AddMonths(1)) months.Add(MonthOf(day));
        return months;
    }

    /// <summary>Reads "yyyy-MM" as the first day of that month.</summary>
    public static bool TryParseMonth(string? text, out DateOnly firstDay) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay);

    /// <summary>Every period of <paramref name="granularity"/> from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>.</summary>
    public static IReadOnlyList<ReportingPeriod> Range(DateOnly from, DateOnly to, Granularity granularity)
    {
        var of = granularity == Granularity.Quarter ? (Func<DateOnly, ReportingPeriod>)QuarterOf : MonthOf;
        var periods = new List<ReportingPeriod>();
        for (var period = of(from); period.FirstDay <= to; period = of(period.LastDay.AddDays(1))) periods.Add(period);
        return periods;
    }

    public override string ToString() => Label;
}
