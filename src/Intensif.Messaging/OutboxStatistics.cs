namespace Intensif.Messaging;

/// <summary>What an operator wants to know about one service's outbox.</summary>
/// <param name="Pending">Rows not yet published.</param>
/// <param name="Failing">Pending rows whose last publish attempt failed.</param>
/// <param name="OldestPendingAge">Age of the oldest pending row; null when nothing is pending.</param>
/// <param name="LastError">The last error of the oldest failing row, if any.</param>
public sealed record OutboxStatistics(long Pending, long Failing, TimeSpan? OldestPendingAge, string? LastError)
{
    public static OutboxStatistics Empty { get; } = new(0, 0, null, null);
}
