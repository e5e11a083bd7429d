using System.Globalization;

namespace Intensif.Indicators.Api.Domain;

/// <summary>A calendar month, the period of every indicator of this slice ("2026-03").</summary>
public sealed record ReportingMonth(int Year, int Month)
{
    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public bool Contains(DateOnly day) => day.Year == Year && day.Month == Month;

    public ReportingMonth Next() => Of(FirstDay.AddMonths(1));

    public static ReportingMonth Of(DateOnly day) => new(day.Year, day.Month);

    public static bool TryParse(string? text, out ReportingMonth month)
    {
        month = null!;
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return false;
        month = Of(day);
        return true;
    }

    /// <summary>Every month from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IReadOnlyList<ReportingMonth> Range(ReportingMonth from, ReportingMonth to)
    {
        var months = new List<ReportingMonth>();
        for (var m = from; m.FirstDay <= to.FirstDay; m = m.Next()) months.Add(m);
        return months;
    }

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
