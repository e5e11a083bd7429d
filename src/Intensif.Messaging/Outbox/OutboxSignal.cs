namespace Intensif.Messaging.Outbox;

/// <summary>An auto-reset "there may be work" flag between the NOTIFY listener and the relay loop.</summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Set()
    {
        try { _semaphore.Release(); } catch (SemaphoreFullException) { /* already set */ }
    }

    /// <summary>True if woken by <see cref="Set"/>, false when <paramref name="timeout"/> elapsed (the polling fallback).</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}
