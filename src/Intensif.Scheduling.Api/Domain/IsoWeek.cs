using Intensif.ServiceDefaults.Time;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Intensif.Scheduling.Api.Domain;

/// <summary>An ISO 8601 week in Europe/Paris, written <c>2026-W48</c>: Monday 00:00 to the next Monday 00:00, Paris time.</summary>
public sealed partial record IsoWeek(int Year, int Week)
{
    /// <summary>Monday of the week.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>Midnight of the Monday, Paris time, as an instant.</summary>
    public DateTimeOffset Start => ParisTime.FromParis(Monday.ToDateTime(TimeOnly.MinValue));

    /// <summary>Midnight of the next Monday, Paris time (exclusive).</summary>
    public DateTimeOffset End => ParisTime.FromParis(Monday.AddDays(7).ToDateTime(TimeOnly.MinValue));

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    public static IsoWeek Of(DateTimeOffset instant)
    {
        var local = ParisTime.ToParis(instant);
        return new IsoWeek(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local));
    }

    public static IsoWeek Of(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date));
    }

    /// <summary>Accepts <c>yyyy-Www</c> for a week that exists (W53 only in long ISO years).</summary>
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = null!;
        if (text is null || Pattern().Match(text) is not { Success: true } match) return false;
        var (year, number) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        if (year < 2000 || year > 2100 || number < 1 || number > ISOWeek.GetWeeksInYear(year)) return false;
        week = new IsoWeek(year, number);
        return true;
    }

    public override string ToString() => $"{Year:D4}-W{Week:D2}";

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex Pattern();
}
