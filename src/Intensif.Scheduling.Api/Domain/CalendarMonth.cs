using Intensif.ServiceDefaults.Time;
using System.Globalization;

namespace Intensif.Scheduling.Api.Domain;

/// <summary>A calendar month in Europe/Paris, written <c>yyyy-MM</c>.</summary>
public sealed record CalendarMonth(int Year, int Month)
{
    public int Days => DateTime.DaysInMonth(Year, Month);

    /// <summary>Midnight of the first day, Paris time, as an instant.</summary>
    public DateTimeOffset Start => ParisTime.FromParis(new DateTime(Year, Month, 1));

    /// <summary>Midnight of the next month's first day, Paris time (exclusive).</summary>
    public DateTimeOffset End => ParisTime.FromParis(new DateTime(Year, Month, 1).AddMonths(1));

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    public static CalendarMonth Of(DateTimeOffset instant)
    {
        var local = ParisTime.ToParis(instant);
        return new CalendarMonth(local.Year, local.Month);
    }

    public static bool TryParse(string? text, out CalendarMonth month)
    {
        month = null!;
        if (!DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)) return false;
        month = new CalendarMonth(first.Year, first.Month);
        return true;
    }

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
