namespace Intensif.Scheduling.Api.Domain;

/// <summary>Calendar months, weeks and feed times are those of Europe/Paris, whatever the server's zone.</summary>
public static class ParisTime
{
    public const string ZoneId = "Europe/Paris";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTime ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>
    /// The instant of a Paris wall-clock time, with a zero offset (Npgsql writes only UTC to timestamptz); midnight of a
    /// month's first day never falls in a DST gap.
    /// </summary>
    public static DateTimeOffset FromParis(DateTime local) =>
        new DateTimeOffset(local, Zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified))).ToUniversalTime();
}
