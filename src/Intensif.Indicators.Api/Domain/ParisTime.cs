namespace Intensif.Indicators.Api.Domain;

/// <summary>Months are those of Europe/Paris: an entretien at 23:30 UTC on 31 March is in April.</summary>
public static class ParisTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
