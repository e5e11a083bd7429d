namespace Intensif.IntegrationEvents;

/// <summary>
/// A partner cancelled a session: its bookings become CANCELLED_BY_PROVIDER in Scheduling (a justified gap in the
/// weekly hours) and it leaves the Catalogue's offer.
/// </summary>
public sealed record SessionCancelled(
    Guid EventId, DateTimeOffset OccurredAt, Guid SessionId, Guid StructureId, string EntryCode,
    DateTimeOffset Start, string Territory) : IIntegrationEvent;
