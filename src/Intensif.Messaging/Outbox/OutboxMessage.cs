namespace Intensif.Messaging.Outbox;

/// <summary>
/// One integration event waiting to be published (or already published, until cleanup). Written by <see cref="IOutbox"/>
/// in the same transaction as the state change; read and updated only by the relay, with plain SQL.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Delivery order: rows of one aggregate are published in this order.</summary>
    public long Sequence { get; set; }
    /// <summary>The event's EventId; becomes MassTransit's MessageId, which consumer inboxes de-duplicate on.</summary>
    public Guid MessageId { get; set; }
    /// <summary>"Namespace.Type, Assembly" without version, so a contract assembly upgrade does not strand rows.</summary>
    public required string MessageType { get; set; }
    public required string AggregateId { get; set; }
    /// <summary>jsonb.</summary>
    public required string Payload { get; set; }
    /// <summary>jsonb object of extra string headers, or null.</summary>
    public string? Headers { get; set; }
    /// <summary>W3C traceparent of the activity that enqueued the event, so the consumer's trace continues it.</summary>
    public string? TraceParent { get; set; }
    public string? TraceState { get; set; }
    /// <summary>Set by the database (now() of the writing transaction).</summary>
    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    /// <summary>Null means "as soon as possible"; set by the relay's back-off after a failed publish.</summary>
    public DateTimeOffset? NotBefore { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
}
