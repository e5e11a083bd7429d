namespace Intensif.IntegrationEvents;

/// <summary>A partner changed a session (dates, place, capacity); carries the whole new state, seats included.</summary>
public sealed record SessionUpdated(
    Guid EventId, DateTimeOffset OccurredAt, Guid SessionId, Guid StructureId, string EntryCode,
    DateTimeOffset Start, DateTimeOffset End, string? Location, string? VideoLink,
    int Capacity, int SeatsLeft, string Territory, string Theme) : IIntegrationEvent;
