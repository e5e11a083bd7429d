namespace Intensif.ServiceDefaults.Time;

/// <summary>
/// Calendar days, ISO weeks, months and feed times are those of Europe/Paris, whatever the server's zone: an entretien at
/// 23:30 UTC on 31 March is in April. One place for every service (it was written in Scheduling and Indicators).
/// </summary>
public static class ParisTime
{
    public const string ZoneId = "Europe/Paris";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTime ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The Paris calendar day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToParis(instant));

    /// <summary>
    /// The instant of a Paris wall-clock time, with a zero offset (Npgsql writes only UTC to timestamptz); midnight of a
    /// month's first day never falls in a DST gap.
    /// </summary>
    public static DateTimeOffset FromParis(DateTime local) =>
        new DateTimeOffset(local, Zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified))).ToUniversalTime();
}
