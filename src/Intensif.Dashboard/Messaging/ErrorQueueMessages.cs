namespace Intensif.Dashboard.Messaging;

/// <summary>The first messages of an <c>_error</c> queue (left in it), its depth, or why it could not be read.</summary>
internal sealed record ErrorQueueMessages(string Queue, long Depth, IReadOnlyList<ErrorQueueMessage> Messages, string? Problem)
{
    public static ErrorQueueMessages Failed(string queue, string problem) => new(queue, 0, [], problem);
}
