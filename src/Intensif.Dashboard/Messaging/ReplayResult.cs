namespace Intensif.Dashboard.Messaging;

/// <summary>What replaying one message of an <c>_error</c> queue did: moved to <see cref="Queue"/>, or why not (then it is still in the <c>_error</c> queue).</summary>
internal sealed record ReplayResult(bool Replayed, string ErrorQueue, string Queue, string MessageId, string Message)
{
    public static ReplayResult Failed(string errorQueue, string messageId, string message) =>
        new(false, errorQueue, ErrorQueues.OriginalQueueOf(errorQueue), messageId, message);
}
