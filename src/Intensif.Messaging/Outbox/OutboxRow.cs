namespace Intensif.Messaging.Outbox;

/// <summary>A pending row claimed (locked) by the relay's current transaction.</summary>
internal sealed record OutboxRow(
    long Sequence,
    Guid MessageId,
    string MessageType,
    string AggregateId,
    string Payload,
    string? Headers,
    string? TraceParent,
    string? TraceState,
    int Attempts);
