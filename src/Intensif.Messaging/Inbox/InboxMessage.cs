namespace Intensif.Messaging.Inbox;

/// <summary>A message a consumer has already applied; written in the same transaction as the consumer's effect.</summary>
public sealed class InboxMessage
{
    /// <summary>The consumer's full type name: two consumers of one message each apply it once.</summary>
    public required string Consumer { get; set; }
    public Guid MessageId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
