namespace Intensif.IntegrationEvents;

/// <summary>
/// A partner published a dated session of a catalogue entry: what Catalogue shows (seats) and Scheduling books
/// (start, end, place). Instants are UTC.
/// </summary>
public sealed record SessionPublished(
    Guid EventId, DateTimeOffset OccurredAt, Guid SessionId, Guid StructureId, string EntryCode,
    DateTimeOffset Start, DateTimeOffset End, string? Location, string? VideoLink,
    int Capacity, int SeatsLeft, string Territory, string Theme) : IIntegrationEvent;
