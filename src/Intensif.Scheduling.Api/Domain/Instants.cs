namespace Intensif.Scheduling.Api.Domain;

/// <summary>PostgreSQL keeps microseconds: instants are stored at that precision, so a write answers what a read will.</summary>
public static class Instants
{
    public static DateTimeOffset Microseconds(DateTimeOffset instant) => instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMicrosecond));
}
